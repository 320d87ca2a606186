#pragma once

#include <QIcon>
#include <QString>

/**
 * The icons GroupDesk uses, in one place.
 *
 * Every action icon is looked up in the desktop's icon theme first (freedesktop names, so
 * Breeze, Adwaita etc. apply) and falls back to the SVG bundled under
 * ":/groupdesk/icons/actions/". The app icon falls back to the bundled SVG plus PNG sizes.
 * Widgets ask here instead of spelling resource paths, so a renamed file breaks one place.
 *
 * GUI thread only (QIcon::fromTheme consults the platform theme). Needs a QGuiApplication.
 */
class AppIcons final
{
public:
    enum class Action
    {
        Refresh,
        Search,
        Add,
        Remove,
        Edit,
        Delete,
        Undo,
        Redo,
        Export,
        Copy,
        Columns,
        LoadAll,
        Settings,
        Connection,
        Warning,
        Info,
    };

    AppIcons() = delete;

    /// The themed icon for `action`, or the bundled one when the theme has none.
    static QIcon action(Action action);
    /// Only the bundled icon (for tests and places that must look identical everywhere).
    static QIcon bundled(Action action);
    /// The application icon ("org.groupdesk.GroupDesk" from the theme, else bundled).
    static QIcon application();

    /// The freedesktop icon-theme name tried first, e.g. "view-refresh".
    static QString themeName(Action action);
    /// The bundled resource path, e.g. ":/groupdesk/icons/actions/refresh.svg".
    static QString resourcePath(Action action);
};
