#include "RunDirectory.h"

#include "common/InputError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextStream>

#include <cmath>

namespace genlab::run {

namespace {

const QString kConfigFile = QStringLiteral("config.json");
const QString kMetricsFile = QStringLiteral("metrics.csv");
const QString kEventsFile = QStringLiteral("events.csv");
const QString kSamplesFolder = QStringLiteral("samples");
const QString kCheckpointsFolder = QStringLiteral("checkpoints");
const QString kLatestFile = QStringLiteral("latest");

// Enough digits to read back the same double.
QString number(double value)
{
    return QString::number(value, 'g', 10);
}

QString csvField(QString text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n'))) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

std::unique_ptr<QFile> openForAppend(const QString& path)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        throw InputError(QCoreApplication::translate("genlab::Errors", "%1: cannot write (%2)")
                             .arg(path, file->errorString()));
    return file;
}

void writeLine(QFile& file, const QString& line)
{
    file.write((line + QLatin1Char('\n')).toUtf8());
    file.flush();
}

// Rows of a CSV log whose first field (the step) is at most `step`; the header is kept.
void truncateCsv(const QString& path, int64_t step)
{
    QFile file(path);
    if (!file.exists() || !file.open(QIODevice::ReadOnly | QIODevice::Text))
        return;
    const QList<QByteArray> lines = file.readAll().split('\n');
    file.close();
    QByteArray kept;
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray& line = lines[i];
        if (line.isEmpty())
            continue;
        bool isNumber = false;
        const qlonglong rowStep = line.left(line.indexOf(',')).toLongLong(&isNumber);
        if (i == 0 || !isNumber || rowStep <= step)
            kept += line + '\n';
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(kept) != kept.size() || !out.commit())
        throw InputError(QCoreApplication::translate("genlab::Errors", "%1: cannot rewrite").arg(path));
}

} // namespace

RunDirectory::RunDirectory(const QString& path) : m_path(QDir(path).absolutePath())
{
    QDir dir;
    if (!dir.mkpath(m_path) || !dir.mkpath(m_path + QLatin1Char('/') + kSamplesFolder) ||
        !dir.mkpath(m_path + QLatin1Char('/') + kCheckpointsFolder))
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "%1: cannot create the run folder").arg(path));
}

RunDirectory::~RunDirectory() = default;

void RunDirectory::writeAtomically(const QString& file, const QByteArray& bytes)
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        throw InputError(QCoreApplication::translate("genlab::Errors", "%1: cannot write (%2)")
                             .arg(file, out.errorString()));
}

void RunDirectory::writeConfig(const QJsonObject& config)
{
    writeAtomically(m_path + QLatin1Char('/') + kConfigFile,
                    QJsonDocument(config).toJson(QJsonDocument::Indented));
}

QJsonObject RunDirectory::readConfig(const QString& runPath)
{
    const QString path = runPath + QLatin1Char('/') + kConfigFile;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "%1: cannot read (is this a run folder?)")
                .arg(path));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        throw InputError(QCoreApplication::translate("genlab::Errors", "%1: not a JSON object (%2)")
                             .arg(path, error.errorString()));
    return document.object();
}

void RunDirectory::openMetrics()
{
    const QString path = m_path + QLatin1Char('/') + kMetricsFile;
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly | QIODevice::Text)) {
        const QString header = QString::fromUtf8(existing.readLine()).trimmed();
        const QStringList fields = header.split(QLatin1Char(','));
        if (fields.size() >= 2)
            m_metricNames = fields.mid(2);
    }
    m_metrics = openForAppend(path);
}

void RunDirectory::appendMetrics(const QStringList& columns, int64_t step, double seconds,
                                 const models::StepMetrics& metrics)
{
    if (!m_metrics)
        openMetrics();
    if (m_metricNames.isEmpty()) {
        m_metricNames = columns;
        for (const models::NamedValue& value : metrics) {
            if (!m_metricNames.contains(value.name))
                m_metricNames << value.name;
        }
        QStringList header{QStringLiteral("step"), QStringLiteral("time")};
        for (const QString& name : qAsConst(m_metricNames))
            header << csvField(name);
        writeLine(*m_metrics, header.join(QLatin1Char(',')));
    }
    QStringList row{QString::number(step), QString::number(seconds, 'f', 3)};
    for (const QString& name : qAsConst(m_metricNames)) {
        QString field; // empty when the model did not report this value at this step
        for (const models::NamedValue& value : metrics) {
            if (value.name == name) {
                field = number(value.value);
                break;
            }
        }
        row << field;
    }
    writeLine(*m_metrics, row.join(QLatin1Char(',')));
}

void RunDirectory::appendEvent(int64_t step, double seconds, const QString& event, const QString& name,
                               const QString& oldValue, const QString& newValue)
{
    if (!m_events) {
        const QString path = m_path + QLatin1Char('/') + kEventsFile;
        const bool isNew = !QFileInfo::exists(path) || QFileInfo(path).size() == 0;
        m_events = openForAppend(path);
        if (isNew)
            writeLine(*m_events, QStringLiteral("step,time,event,name,old,new"));
    }
    writeLine(*m_events, QStringList{QString::number(step), QString::number(seconds, 'f', 3), csvField(event),
                                     csvField(name), csvField(oldValue), csvField(newValue)}
                             .join(QLatin1Char(',')));
}

void RunDirectory::truncateLogsAfter(int64_t step)
{
    m_metrics.reset();
    m_events.reset();
    m_metricNames.clear();
    truncateCsv(m_path + QLatin1Char('/') + kMetricsFile, step);
    truncateCsv(m_path + QLatin1Char('/') + kEventsFile, step);
}

QString RunDirectory::stepFileName(int64_t step, const QString& suffix)
{
    return QStringLiteral("step-%1.%2").arg(step, 8, 10, QLatin1Char('0')).arg(suffix);
}

QString RunDirectory::writeSampleImage(int64_t step, const QImage& grid)
{
    const QString path = m_path + QLatin1Char('/') + kSamplesFolder + QLatin1Char('/') +
                         stepFileName(step, QStringLiteral("png"));
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || !grid.save(&out, "PNG") || !out.commit())
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "%1: cannot write the sample grid").arg(path));
    return path;
}

void RunDirectory::writePointsCsv(const QString& file, const QVector<QPointF>& points)
{
    QByteArray bytes = "x,y\n";
    for (const QPointF& point : points)
        bytes += (number(point.x()) + QLatin1Char(',') + number(point.y()) + QLatin1Char('\n')).toUtf8();
    writeAtomically(file, bytes);
}

QString RunDirectory::writeSamplePoints(int64_t step, const QVector<QPointF>& points)
{
    const QString path = m_path + QLatin1Char('/') + kSamplesFolder + QLatin1Char('/') +
                         stepFileName(step, QStringLiteral("csv"));
    writePointsCsv(path, points);
    return path;
}

QString RunDirectory::writeCheckpoint(int64_t step, const QByteArray& bytes)
{
    const QString name = stepFileName(step, QStringLiteral("pt"));
    const QString path = m_path + QLatin1Char('/') + kCheckpointsFolder + QLatin1Char('/') + name;
    writeAtomically(path, bytes);
    writeAtomically(m_path + QLatin1Char('/') + kCheckpointsFolder + QLatin1Char('/') + kLatestFile,
                    name.toUtf8() + '\n');
    return path;
}

qint64 RunDirectory::stepOfFile(const QString& path)
{
    static const QRegularExpression pattern(QStringLiteral("^step-(\\d+)\\."));
    const QRegularExpressionMatch match = pattern.match(QFileInfo(path).fileName());
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

QVector<RunDirectory::SampleFile> RunDirectory::sampleFiles(const QString& runPath)
{
    const QDir folder(runPath + QLatin1Char('/') + kSamplesFolder);
    QVector<SampleFile> files;
    // Zero-padded step numbers sort by name.
    for (const QString& name : folder.entryList({QStringLiteral("step-*.png"), QStringLiteral("step-*.csv")},
                                                QDir::Files, QDir::Name)) {
        const qint64 step = stepOfFile(name);
        if (step >= 0)
            files.append({step, folder.filePath(name), name.endsWith(QLatin1String(".csv"))});
    }
    return files;
}

QString RunDirectory::latestCheckpoint(const QString& runPath)
{
    const QDir folder(runPath + QLatin1Char('/') + kCheckpointsFolder);
    QFile latest(folder.filePath(kLatestFile));
    if (latest.open(QIODevice::ReadOnly)) {
        const QString name = QString::fromUtf8(latest.readAll()).trimmed();
        if (!name.isEmpty() && folder.exists(name))
            return folder.filePath(name);
    }
    // Zero-padded step numbers sort by name.
    const QStringList names = folder.entryList({QStringLiteral("step-*.pt")}, QDir::Files, QDir::Name);
    return names.isEmpty() ? QString() : folder.filePath(names.last());
}

QString RunDirectory::checkpointAtOrBefore(const QString& runPath, qint64 step)
{
    const QDir folder(runPath + QLatin1Char('/') + kCheckpointsFolder);
    QString best;
    // Zero-padded step numbers sort by name: the last one that qualifies is the newest.
    for (const QString& name : folder.entryList({QStringLiteral("step-*.pt")}, QDir::Files, QDir::Name)) {
        const qint64 fileStep = stepOfFile(name);
        if (fileStep >= 0 && fileStep <= step)
            best = folder.filePath(name);
    }
    return best;
}

void RunDirectory::pointLatestAt(const QString& checkpoint)
{
    const QFileInfo file(checkpoint);
    writeAtomically(file.absoluteDir().filePath(kLatestFile), file.fileName().toUtf8() + '\n');
}

} // namespace genlab::run
