#include "sandboxserver.h"

#include <QtCore/QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    SandboxServer server;
    if (server.listen(8010) == 0)
        return 1;
    return QCoreApplication::exec();
}
