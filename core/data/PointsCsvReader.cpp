#include "PointsCsvReader.h"

#include "common/InputError.h"
#include "common/TorchApi.h"

#include <QCoreApplication>
#include <QFile>

#include <cmath>

namespace genlab::data {

namespace {

bool isNumber(const QByteArray& field, double* value)
{
    bool ok = false;
    const double parsed = field.toDouble(&ok);
    if (ok && value)
        *value = parsed;
    return ok;
}

} // namespace

DataSet PointsCsvReader::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        throw InputError(QCoreApplication::translate("genlab::Errors", "%1: cannot open: %2")
                             .arg(path, file.errorString()));

    std::vector<float> coordinates;
    int64_t lineNumber = 0;
    bool seenContent = false;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> fields = line.split(',');
        auto where = [&] { return QStringLiteral("%1:%2").arg(path).arg(lineNumber); };
        if (fields.size() != 2)
            throw InputError(
                QCoreApplication::translate("genlab::Errors", "%1: expected 2 columns (x,y), found %2")
                    .arg(where())
                    .arg(fields.size()));
        const QByteArray x = fields[0].trimmed();
        const QByteArray y = fields[1].trimmed();
        double values[2] = {0.0, 0.0};
        const bool xNumber = isNumber(x, &values[0]);
        const bool yNumber = isNumber(y, &values[1]);
        if (!seenContent && !xNumber && !yNumber && !x.isEmpty() && !y.isEmpty() && x.toLower() != "nan" &&
            y.toLower() != "nan") {
            seenContent = true; // a header line such as "x,y"
            continue;
        }
        seenContent = true;
        for (int axis = 0; axis < 2; ++axis) {
            const QByteArray& field = axis == 0 ? x : y;
            const bool number = axis == 0 ? xNumber : yNumber;
            if (field.isEmpty())
                throw InputError(QCoreApplication::translate("genlab::Errors", "%1: column %2 is empty")
                                     .arg(where())
                                     .arg(axis + 1));
            if (!number)
                throw InputError(QCoreApplication::translate("genlab::Errors", "%1: '%2' is not a number")
                                     .arg(where(), QString::fromUtf8(field.left(40))));
            if (!std::isfinite(values[axis]) || std::abs(values[axis]) > 3.0e38)
                throw InputError(
                    QCoreApplication::translate("genlab::Errors", "%1: '%2' is not a finite number")
                        .arg(where(), QString::fromUtf8(field.left(40))));
            coordinates.push_back(float(values[axis]));
        }
        if (int64_t(coordinates.size()) / 2 > kMaxPoints)
            throw InputError(QCoreApplication::translate("genlab::Errors", "%1: more than %2 points")
                                 .arg(path)
                                 .arg(kMaxPoints));
    }
    if (coordinates.empty())
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "%1: holds no points (expected lines of x,y)")
                .arg(path));

    DataSet data;
    data.name = path;
    data.kind = DataKind::Points2D;
    const auto count = int64_t(coordinates.size()) / 2;
    data.train = torch::from_blob(coordinates.data(), {count, 2}, torch::kFloat32).clone();
    return data;
}

} // namespace genlab::data
