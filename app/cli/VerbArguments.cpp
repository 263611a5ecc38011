#include "VerbArguments.h"

#include "common/InputError.h"

#include <algorithm>

namespace genlab::cli {

VerbArguments::VerbArguments(const QStringList& arguments, const QVector<VerbOption>& options)
{
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& word = arguments[i];
        if (!word.startsWith(QLatin1String("--")) || word.size() < 3)
            throw InputError(QStringLiteral("unexpected argument '%1'").arg(word));
        QString name = word.mid(2);
        QString inlineValue;
        const bool hasInlineValue = name.contains(QLatin1Char('='));
        if (hasInlineValue) {
            inlineValue = name.section(QLatin1Char('='), 1);
            name = name.section(QLatin1Char('='), 0, 0);
        }
        const auto option = std::find_if(options.begin(), options.end(),
                                         [&](const VerbOption& declared) { return declared.name == name; });
        if (option == options.end())
            throw InputError(QStringLiteral("unknown option '--%1'").arg(name));
        if (option->isFlag()) {
            if (hasInlineValue)
                throw InputError(QStringLiteral("option --%1 takes no value").arg(name));
            m_values[name].append(QStringLiteral("1"));
        } else if (hasInlineValue) {
            m_values[name].append(inlineValue);
        } else {
            if (i + 1 >= arguments.size())
                throw InputError(QStringLiteral("option --%1 needs a value").arg(name));
            m_values[name].append(arguments[++i]);
        }
    }
}

QString VerbArguments::value(const QString& name, const QString& fallback) const
{
    const QStringList list = m_values.value(name);
    return list.isEmpty() ? fallback : list.last();
}

QString VerbArguments::required(const QString& name) const
{
    const QString text = value(name);
    if (text.isEmpty())
        throw InputError(QStringLiteral("option --%1 is required").arg(name));
    return text;
}

int64_t VerbArguments::integer(const QString& name, int64_t fallback, int64_t minimum) const
{
    if (!has(name))
        return fallback;
    bool ok = false;
    const qlonglong number = value(name).toLongLong(&ok);
    if (!ok || number < minimum)
        throw InputError(QStringLiteral("option --%1: '%2' is not a whole number >= %3")
                             .arg(name, value(name))
                             .arg(minimum));
    return number;
}

} // namespace genlab::cli
