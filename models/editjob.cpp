#include "editjob.h"

#include <utility>

EditJob::EditJob(QString description, QObject *parent)
    : QObject(parent)
    , m_description(std::move(description))
{ }

EditJob::~EditJob() = default;

void EditJob::finish(const EditResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = result;
    Q_EMIT finished(m_result);
    deleteLater();
}
