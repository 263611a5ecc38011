#pragma once

#include "models/StepMetrics.h"

#include <QFile>
#include <QImage>
#include <QJsonObject>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <memory>

namespace genlab::run {

// One run's folder:
//   config.json             every setting, seed, versions
//   metrics.csv             step,time,<every value the model can report>
//   events.csv              step,time,event,name,old,new (hyper-parameter changes, divergence)
//   samples/step-NNNNNNNN.png (image models) or .csv (x,y, 2-D models)
//   checkpoints/step-NNNNNNNN.pt, written atomically; `latest` names the newest
//   weights.pt              the newest checkpoint's networks for Python's torch.load
// Files are flushed row by row so that another process can follow a run that is being written.
class RunDirectory
{
public:
    // Creates the folder (and its parents) if needed; throws InputError when that fails.
    static constexpr const char* kWeightsFile = "weights.pt";

    explicit RunDirectory(const QString& path);
    ~RunDirectory();

    QString path() const { return m_path; }

    void writeConfig(const QJsonObject& config);
    static QJsonObject readConfig(const QString& runPath);

    // columns: every name the model can report (the header, written with the first row; a
    // resumed run keeps the header it has). A value the step did not report stays empty.
    void appendMetrics(const QStringList& columns, int64_t step, double seconds,
                       const models::StepMetrics& metrics);
    void appendEvent(int64_t step, double seconds, const QString& event, const QString& name,
                     const QString& oldValue, const QString& newValue);
    // A resumed run drops rows logged after its checkpoint, so the logs never hold a step twice.
    void truncateLogsAfter(int64_t step);

    QString writeSampleImage(int64_t step, const QImage& grid);
    QString writeSamplePoints(int64_t step, const QVector<QPointF>& points);
    static void writePointsCsv(const QString& file, const QVector<QPointF>& points);

    // Writes bytes to checkpoints/step-N.pt through a temporary file and a rename, then points
    // `latest` at it. Returns the file's path.
    QString writeCheckpoint(int64_t step, const QByteArray& bytes);
    // The newest checkpoint of a run folder: the one `latest` names, else the highest step.
    // Empty when there is none.
    static QString latestCheckpoint(const QString& runPath);
    // The newest checkpoint at or before `step` (a recovery goes back past later ones, whose
    // weights may already be ruined). Empty when there is none.
    static QString checkpointAtOrBefore(const QString& runPath, qint64 step);
    // Points `latest` at an existing checkpoint (after a recovery went back to it, so that a
    // later resume does not pick a newer, ruined one). Throws InputError when it cannot.
    static void pointLatestAt(const QString& checkpoint);

    static QString stepFileName(int64_t step, const QString& suffix);
    // The step in a file name this class wrote (step-NNNNNNNN.suffix), or -1.
    static qint64 stepOfFile(const QString& path);
    // A run's sample files (samples/step-N.png or .csv) in step order.
    struct SampleFile {
        qint64 step = 0;
        QString path;
        bool points = false; // CSV points rather than a PNG grid
    };
    static QVector<SampleFile> sampleFiles(const QString& runPath);

private:
    void openMetrics();
    static void writeAtomically(const QString& file, const QByteArray& bytes);

    QString m_path;
    std::unique_ptr<QFile> m_metrics;
    QStringList m_metricNames; // the header after step,time; empty until the first row
    std::unique_ptr<QFile> m_events;
};

} // namespace genlab::run
