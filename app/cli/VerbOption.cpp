#include "VerbOption.h"

#include <QStringList>

#include <algorithm>

namespace genlab::cli {

namespace {

constexpr int kIndent = 2;     // before each option
constexpr int kHelpMargin = 2; // between the longest option and the help column

QString spelling(const VerbOption& option)
{
    const QString dashed = QStringLiteral("--") + option.name;
    return option.isFlag() ? dashed : dashed + QLatin1Char(' ') + option.valueName;
}

} // namespace

QString formatVerbOptions(const QVector<VerbOption>& options)
{
    int width = 0;
    for (const VerbOption& option : options)
        width = std::max(width, int(spelling(option).size()));
    const QString indent(kIndent, QLatin1Char(' '));
    const QString helpIndent(kIndent + width + kHelpMargin, QLatin1Char(' '));
    QString text;
    for (const VerbOption& option : options) {
        const QStringList helpLines = option.help.split(QLatin1Char('\n'));
        text += indent + spelling(option).leftJustified(width + kHelpMargin) + helpLines.first() +
                QLatin1Char('\n');
        for (int i = 1; i < helpLines.size(); ++i)
            text += helpIndent + helpLines[i] + QLatin1Char('\n');
    }
    return text;
}

} // namespace genlab::cli
