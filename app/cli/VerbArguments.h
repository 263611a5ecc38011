#pragma once

#include "VerbOption.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

#include <cstdint>

namespace genlab::cli {

// The options after a verb: `--name value`, `--name=value` or a bare `--flag`. Anything
// unknown, a missing value or a stray word throws genlab::InputError naming it, so that every
// verb rejects bad input the same way (exit status 2, one line).
class VerbArguments
{
public:
    // options: what the verb accepts (a flag when it has no value name). An option given twice
    // keeps every value (values()); value() returns the last.
    VerbArguments(const QStringList& arguments, const QVector<VerbOption>& options);

    bool has(const QString& name) const { return m_values.contains(name); }
    QString value(const QString& name, const QString& fallback = {}) const;
    QStringList values(const QString& name) const { return m_values.value(name); }
    QString required(const QString& name) const;
    // A whole number >= minimum; throws InputError naming the option otherwise.
    int64_t integer(const QString& name, int64_t fallback, int64_t minimum = 0) const;

private:
    QMap<QString, QStringList> m_values;
};

} // namespace genlab::cli
