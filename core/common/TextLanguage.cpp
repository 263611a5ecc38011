#include "TextLanguage.h"

#include <atomic>

namespace genlab {

namespace {

// Set once before any window or catalogue is built; read from any thread afterwards.
std::atomic<bool> g_chinese{false};

} // namespace

QString TextLanguage::current()
{
    return QLatin1String(g_chinese.load() ? kChinese : kEnglish);
}

void TextLanguage::set(const QString& language)
{
    g_chinese.store(language == QLatin1String(kChinese));
}

QString TextLanguage::pick(const QJsonObject& json, const QString& key)
{
    if (g_chinese.load()) {
        const QString translated = json.value(key + QLatin1Char('_') + QLatin1String(kChinese)).toString();
        if (!translated.isEmpty())
            return translated;
    }
    return json.value(key).toString();
}

} // namespace genlab
