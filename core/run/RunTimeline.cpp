#include "RunTimeline.h"

#include "export/PointsImage.h"
#include "common/InputError.h"
#include "data/DataCatalog.h"
#include "data/DataSet.h"
#include "data/MixtureGenerator.h"
#include "data/PointList.h"
#include "data/PointsCsvReader.h"
#include "RunDirectory.h"

#include <QDir>
#include <QImageReader>

#include <algorithm>

namespace genlab::run {

QVector<QPointF> RunTimeline::realPoints(const QString& runPath)
{
    QJsonObject config;
    try {
        config = run::RunDirectory::readConfig(runPath);
    } catch (const std::exception&) {
        return {};
    }
    const QString data = config.value(QStringLiteral("data")).toString();
    if (!data::MixtureGenerator::names().contains(data))
        return {};
    return data::toPointList(data::DataCatalog::load(data).train, 1000);
}

QVector<RunTimeline::Frame> RunTimeline::load(const QString& runPath)
{
    const QVector<run::RunDirectory::SampleFile> entries = run::RunDirectory::sampleFiles(runPath);
    if (entries.isEmpty())
        throw InputError(
            QStringLiteral("%1: no sample pictures in samples/ (is this a run folder?)").arg(runPath));

    QVector<Frame> frames;
    if (!entries.first().points) {
        for (const run::RunDirectory::SampleFile& entry : entries) {
            if (entry.points)
                continue;
            QImageReader reader(entry.path);
            QImage image = reader.read();
            if (image.isNull())
                throw InputError(QStringLiteral("%1: %2").arg(entry.path, reader.errorString()));
            frames.append({entry.step, image});
        }
        return frames;
    }
    QVector<QVector<QPointF>> generated;
    for (const run::RunDirectory::SampleFile& entry : entries)
        if (entry.points)
            generated.append(data::toPointList(data::PointsCsvReader::read(entry.path).train));
    const QVector<QPointF> real = realPoints(runPath);
    const QRectF area = PointsImage::areaFor(real, generated);
    int index = 0;
    for (const run::RunDirectory::SampleFile& entry : entries)
        if (entry.points)
            frames.append({entry.step, PointsImage::render(generated[index++], real, area)});
    return frames;
}

} // namespace genlab::run
