#include "SampleDiversity.h"

#include "common/InputError.h"

#include <QCoreApplication>

#include <cmath>

namespace genlab::metrics {

double SampleDiversity::meanPairwiseDistance(const QVector<float>& rows, int dimension)
{
    if (dimension < 1 || rows.size() % dimension != 0)
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "diversity: %1 values are not rows of %2")
                .arg(rows.size())
                .arg(dimension));
    const qsizetype count = rows.size() / dimension;
    if (count < 2)
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "diversity: needs at least two samples, got %1")
                .arg(count));
    double sum = 0.0;
    for (qsizetype i = 0; i < count; ++i)
        for (qsizetype j = i + 1; j < count; ++j) {
            double squared = 0.0;
            const float* a = rows.constData() + i * dimension;
            const float* b = rows.constData() + j * dimension;
            for (int k = 0; k < dimension; ++k) {
                const double d = double(a[k]) - double(b[k]);
                squared += d * d;
            }
            sum += std::sqrt(squared);
        }
    const double pairs = double(count) * double(count - 1) / 2.0;
    return sum / pairs / std::sqrt(double(dimension));
}

} // namespace genlab::metrics
