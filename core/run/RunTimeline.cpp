#include "RunTimeline.h"

#include "RunDirectory.h"
#include "common/ImageFile.h"
#include "common/InputError.h"
#include "data/DataCatalog.h"
#include "data/DataSet.h"
#include "data/MixtureGenerator.h"
#include "data/PointList.h"
#include "data/PointsCsvReader.h"
#include "imaging/PointsImage.h"

#include <QCoreApplication>
#include <QDir>

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
        throw InputError(QCoreApplication::translate(
                             "genlab::Errors", "%1: no sample pictures in samples/ (is this a run folder?)")
                             .arg(runPath));

    QVector<Frame> frames;
    if (!entries.first().points) {
        for (const run::RunDirectory::SampleFile& entry : entries) {
            if (entry.points)
                continue;
            frames.append({entry.step, ImageFile::read(entry.path)});
        }
        return frames;
    }
    QVector<QVector<QPointF>> generated;
    for (const run::RunDirectory::SampleFile& entry : entries)
        if (entry.points)
            generated.append(data::toPointList(data::PointsCsvReader::read(entry.path).train));
    const QVector<QPointF> real = realPoints(runPath);
    const QRectF area = imaging::PointsImage::areaFor(real, generated);
    int index = 0;
    for (const run::RunDirectory::SampleFile& entry : entries)
        if (entry.points)
            frames.append({entry.step, imaging::PointsImage::render(generated[index++], real, area)});
    return frames;
}

} // namespace genlab::run
