#include "ClassHistogram.h"

#include "common/InputError.h"

#include <QCoreApplication>

#include <cmath>

namespace genlab::metrics {

ClassCoverage ClassHistogram::evaluate(const QVector<int>& labels, int classCount, int minCount)
{
    if (classCount < 1)
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "class histogram: needs at least one class"));
    QVector<int> counts(classCount, 0);
    for (int label : labels)
        if (label >= 0 && label < classCount)
            ++counts[label];
    return fromCounts(counts, minCount);
}

ClassCoverage ClassHistogram::fromCounts(const QVector<int>& counts, int minCount)
{
    if (counts.isEmpty())
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "class histogram: needs at least one class"));
    if (minCount < 1)
        throw InputError(QCoreApplication::translate(
            "genlab::Errors", "class histogram: the minimum count per covered class must be at least 1"));
    ClassCoverage result;
    result.counts = counts;
    for (int count : counts) {
        if (count < 0)
            throw InputError(
                QCoreApplication::translate("genlab::Errors", "class histogram: negative count %1")
                    .arg(count));
        result.total += count;
        if (count >= minCount)
            ++result.covered;
    }
    const double classes = counts.size();
    if (result.total == 0) {
        result.klToUniform = std::log(classes);
        return result;
    }
    double kl = 0.0;
    for (int count : counts)
        if (count > 0) {
            const double share = double(count) / result.total;
            kl += share * std::log(share * classes);
        }
    result.klToUniform = kl;
    return result;
}

} // namespace genlab::metrics
