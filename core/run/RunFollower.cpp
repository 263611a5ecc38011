#include "RunFollower.h"

#include "RunDirectory.h"
#include "RunTimeline.h"
#include "SettingChange.h"
#include "common/ImageFile.h"
#include "common/InputError.h"
#include "data/DataSet.h"
#include "data/PointList.h"
#include "data/PointsCsvReader.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <cmath>

namespace genlab::run {

namespace {

// One CSV line into fields, with RunDirectory's quoting ("a, b" and "" for a quote).
QStringList splitCsv(const QString& line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field;
    return fields;
}

} // namespace

RunFollower::RunFollower(QObject* parent) : QObject(parent)
{
    m_timer.setInterval(kPollIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &RunFollower::poll);
}

void RunFollower::open(const QString& runPath)
{
    const QJsonObject config = RunDirectory::readConfig(runPath);
    close();
    m_runPath = runPath;
    m_config = config;
    m_realPoints = run::RunTimeline::realPoints(runPath);
    poll();
    m_timer.start();
}

void RunFollower::close()
{
    m_timer.stop();
    m_runPath.clear();
    m_config = {};
    m_metricsOffset = 0;
    m_eventsOffset = 0;
    m_columns.clear();
    m_seenSamples.clear();
    m_realPoints.clear();
    m_lastStep = 0;
    m_lastSeconds = 0.0;
}

SessionStatus RunFollower::status() const
{
    SessionStatus status;
    status.step = m_lastStep;
    status.epoch = -1;
    status.totalSteps = m_config.value(QStringLiteral("steps")).toInteger();
    status.elapsedSeconds = m_lastSeconds;
    status.runPath = m_runPath;
    status.state = status.totalSteps > 0 && status.step >= status.totalSteps ? SessionStatus::State::Finished
                                                                             : SessionStatus::State::Running;
    return status;
}

void RunFollower::poll()
{
    if (m_runPath.isEmpty())
        return;
    readMetrics();
    readEvents();
    readSamples();
}

QStringList RunFollower::newLines(const QString& file, qint64& offset)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    if (in.size() < offset)
        offset = 0; // rewritten (a resumed run drops rows after its checkpoint): read it again
    if (in.size() == offset || !in.seek(offset))
        return {};
    const QByteArray bytes = in.readAll();
    const int end = bytes.lastIndexOf('\n');
    if (end < 0)
        return {};
    offset += end + 1;
    QStringList lines;
    for (const QByteArray& line : bytes.left(end).split('\n'))
        if (!line.trimmed().isEmpty())
            lines << QString::fromUtf8(line.trimmed());
    return lines;
}

void RunFollower::readMetrics()
{
    const qint64 before = m_metricsOffset;
    const QStringList lines =
        newLines(QDir(m_runPath).filePath(QStringLiteral("metrics.csv")), m_metricsOffset);
    if (m_metricsOffset < before || before == 0)
        m_columns.clear();
    MetricsBatch batch;
    for (const QString& line : lines) {
        const QStringList fields = splitCsv(line);
        if (m_columns.isEmpty()) {
            if (fields.size() >= 2 && fields.first() == QLatin1String("step"))
                m_columns = fields.mid(2);
            continue;
        }
        bool ok = false;
        const qint64 step = fields.value(0).toLongLong(&ok);
        if (!ok)
            continue; // a damaged row is skipped, not fatal: the rest of the run is still worth seeing
        models::StepMetrics row;
        for (int i = 0; i < m_columns.size() && i + 2 < fields.size(); ++i) {
            bool valueOk = false;
            const double value = fields.at(i + 2).toDouble(&valueOk);
            if (valueOk)
                row.append({m_columns.at(i), value});
        }
        batch.steps.append(step);
        batch.rows.append(row);
        if (step >= m_lastStep) {
            m_lastStep = step;
            m_lastSeconds = fields.value(1).toDouble();
        }
    }
    if (!batch.steps.isEmpty())
        emit metricsReady(batch);
}

void RunFollower::readEvents()
{
    const qint64 before = m_eventsOffset;
    const QStringList lines =
        newLines(QDir(m_runPath).filePath(QStringLiteral("events.csv")), m_eventsOffset);
    for (int i = 0; i < lines.size(); ++i) {
        if (i == 0 && before == 0)
            continue; // the header
        const QStringList fields = splitCsv(lines.at(i));
        if (fields.size() < 6)
            continue;
        const qint64 step = fields.at(0).toLongLong();
        const QString text = fields.at(3).isEmpty()
                                 ? fields.at(2)
                                 : SettingChange{step, fields.at(3), fields.at(4), fields.at(5)}.text();
        emit eventLogged(step, text);
    }
}

void RunFollower::readSamples()
{
    for (const RunDirectory::SampleFile& file : RunDirectory::sampleFiles(m_runPath)) {
        if (m_seenSamples.contains(file.path))
            continue;
        SamplePreview preview;
        preview.step = file.step;
        preview.noiseSeed = quint64(m_config.value(QStringLiteral("seed")).toInteger(1));
        preview.noiseCount = m_config.value(QStringLiteral("sample_count")).toInt(64);
        try {
            if (!file.points) {
                preview.grid = ImageFile::read(file.path);
            } else {
                preview.generated = data::toPointList(data::PointsCsvReader::read(file.path).train);
                preview.real = m_realPoints;
            }
        } catch (const std::exception&) {
            continue; // still being written (an image or a CSV): the next look reads it
        }
        m_seenSamples.insert(file.path);
        emit previewReady(preview);
    }
}

} // namespace genlab::run
