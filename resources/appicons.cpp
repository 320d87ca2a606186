#include "appicons.h"

using namespace Qt::StringLiterals;

namespace {

struct IconNames
{
    QString theme;
    QString file;
};

IconNames names(AppIcons::Action action)
{
    using A = AppIcons::Action;
    switch (action) {
    case A::Refresh:
        return {u"view-refresh"_s, u"refresh"_s};
    case A::Search:
        return {u"edit-find"_s, u"search"_s};
    case A::Add:
        return {u"list-add"_s, u"add"_s};
    case A::Remove:
        return {u"list-remove"_s, u"remove"_s};
    case A::Edit:
        return {u"document-edit"_s, u"edit"_s};
    case A::Delete:
        return {u"edit-delete"_s, u"delete"_s};
    case A::Undo:
        return {u"edit-undo"_s, u"undo"_s};
    case A::Redo:
        return {u"edit-redo"_s, u"redo"_s};
    case A::Export:
        return {u"document-export"_s, u"export"_s};
    case A::Copy:
        return {u"edit-copy"_s, u"copy"_s};
    case A::Columns:
        return {u"view-choose"_s, u"columns"_s};
    case A::LoadAll:
        return {u"go-bottom"_s, u"load-all"_s};
    case A::Settings:
        return {u"configure"_s, u"settings"_s};
    case A::Connection:
        return {u"network-connect"_s, u"connection"_s};
    case A::Warning:
        return {u"dialog-warning"_s, u"warning"_s};
    case A::Info:
        return {u"dialog-information"_s, u"info"_s};
    }
    return {QString(), u"info"_s};
}

} // namespace

QString AppIcons::themeName(Action action)
{
    return names(action).theme;
}

QString AppIcons::resourcePath(Action action)
{
    return u":/groupdesk/icons/actions/"_s + names(action).file + u".svg"_s;
}

QIcon AppIcons::bundled(Action action)
{
    return QIcon(resourcePath(action));
}

QIcon AppIcons::action(Action action)
{
    // fromTheme(name, fallback) returns the fallback when the theme lacks the name, and
    // on platforms without icon themes at all.
    return QIcon::fromTheme(themeName(action), bundled(action));
}

QIcon AppIcons::application()
{
    QIcon fallback(u":/groupdesk/icons/app/groupdesk.svg"_s);
    // The PNGs keep the window icon crisp at small sizes and working without the SVG
    // icon-engine plugin (libqt6svg6).
    for (const int size : {16, 24, 32, 48, 64, 128, 256, 512})
        fallback.addFile(u":/groupdesk/icons/app/png/groupdesk-%1.png"_s.arg(size), QSize(size, size));
    return QIcon::fromTheme(u"org.groupdesk.GroupDesk"_s, fallback);
}
