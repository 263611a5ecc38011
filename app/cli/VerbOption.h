#pragma once

#include <QString>
#include <QVector>

namespace genlab::cli {

// One option of a verb, declared once: the parser reads its name and whether it takes a value,
// the usage text shows all of it.
struct VerbOption {
    QString name;      // without the leading dashes
    QString valueName; // what the value stands for in the usage text (DIR, N, ...); empty: a flag
    QString help;      // may span lines; the lines after the first are indented under the first

    bool isFlag() const { return valueName.isEmpty(); }
};

// The options as a usage text lists them, one "  --name VALUE  help" line each (plus the help's
// further lines), every help starting in the same column.
QString formatVerbOptions(const QVector<VerbOption>& options);

} // namespace genlab::cli
