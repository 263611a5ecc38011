#pragma once

#include <QString>

class QCoreApplication;

namespace genlab::ui {

// The window's language: English or Simplified Chinese. It follows the system's locale until
// the user picks one under View > Language; the pick is remembered in the settings. Qt cannot
// re-translate widgets that are already built, so a new pick applies from the next start.
// Languages are named as TextLanguage names them: TextLanguage::kEnglish, TextLanguage::kChinese.
class InterfaceLanguage
{
public:
    // "en" or "zh_CN" from a locale name such as "zh_CN.UTF-8", "zh_TW" or "de_DE".
    static QString fromLocaleName(const QString& localeName);
    // The remembered pick, or empty while the window follows the system.
    static QString saved();
    static void save(const QString& language);
    // What the window speaks: the remembered pick, else the system's locale.
    static QString effective();
    // Installs the translators for `language` (GenLab's own and Qt's dialogs) and sets the
    // data files' text language. Call once, before the first widget is built; returns false
    // when the Chinese translation could not be loaded (the window then stays English).
    static bool install(QCoreApplication& app, const QString& language);
    // How a language names itself in the menu: "English", "简体中文".
    static QString nativeName(const QString& language);
};

} // namespace genlab::ui
