#pragma once

#include <QJsonObject>
#include <QString>

namespace genlab {

// The language of texts that live in data files rather than in code (the presets' and the
// comparisons' stories): "en" or "zh_CN". Code strings go through Qt's translator instead; the
// window sets both at start-up, the command line leaves English.
//
// A data file gives its English text under a key ("story") and a translation under the key with
// the language appended ("story_zh_CN"), as desktop entries do with Name[zh_CN].
class TextLanguage
{
public:
    static constexpr const char* kEnglish = "en";
    static constexpr const char* kChinese = "zh_CN";

    static QString current();
    static void set(const QString& language); // anything but kChinese means English

    // json[key + "_" + current()] when present and not empty, else json[key].
    static QString pick(const QJsonObject& json, const QString& key);
};

} // namespace genlab
