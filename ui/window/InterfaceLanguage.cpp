#include "InterfaceLanguage.h"

#include "common/TextLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace genlab::ui {

namespace {

const QString kSettingsKey = QStringLiteral("ui/language");

} // namespace

QString InterfaceLanguage::fromLocaleName(const QString& localeName)
{
    // Simplified Chinese is the only translation; traditional-script locales read it too
    // (better than English for most of them), so every zh locale gets it.
    return localeName.startsWith(QLatin1String("zh"), Qt::CaseInsensitive)
               ? QLatin1String(TextLanguage::kChinese)
               : QLatin1String(TextLanguage::kEnglish);
}

QString InterfaceLanguage::saved()
{
    const QString value = QSettings().value(kSettingsKey).toString();
    return value == QLatin1String(TextLanguage::kChinese) || value == QLatin1String(TextLanguage::kEnglish)
               ? value
               : QString();
}

void InterfaceLanguage::save(const QString& language)
{
    QSettings().setValue(kSettingsKey, fromLocaleName(language));
}

QString InterfaceLanguage::effective()
{
    const QString pick = saved();
    return pick.isEmpty() ? fromLocaleName(QLocale::system().name()) : pick;
}

bool InterfaceLanguage::install(QCoreApplication& app, const QString& language)
{
    TextLanguage::set(QLatin1String(TextLanguage::kEnglish));
    if (language != QLatin1String(TextLanguage::kChinese))
        return true;
    auto* own = new QTranslator(&app);
    if (!own->load(QStringLiteral(":/genlab/translations/genlab_zh_CN.qm"))) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    // Qt's own texts (file dialog, message-box buttons) from Debian's qt6-translations-l10n;
    // without that package they stay English and nothing else changes.
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    TextLanguage::set(QLatin1String(TextLanguage::kChinese));
    return true;
}

QString InterfaceLanguage::nativeName(const QString& language)
{
    return language == QLatin1String(TextLanguage::kChinese) ? QStringLiteral("简体中文")
                                                             : QStringLiteral("English");
}

} // namespace genlab::ui
