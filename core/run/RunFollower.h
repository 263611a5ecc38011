#pragma once

#include "MetricsBatch.h"
#include "SamplePreview.h"
#include "SessionStatus.h"

#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

namespace genlab::run {

// Shows a run folder that exists on disk: everything it holds when opened, then whatever a
// `genlab train` still writing it appends (metric rows, events, sample pictures), checked a
// few times a second. Only whole lines are read, so a row being written is picked up on the
// next look. Lives in the GUI thread: each look reads only what was appended.
class RunFollower : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPollIntervalMs = 500;

    explicit RunFollower(QObject* parent = nullptr);

    // Throws InputError when the folder is not a run folder (no config.json). The signals
    // for what it already holds are emitted before this returns.
    void open(const QString& runPath);
    void close();
    bool isOpen() const { return !m_runPath.isEmpty(); }
    QString runPath() const { return m_runPath; }
    QJsonObject config() const { return m_config; }
    qint64 lastStep() const { return m_lastStep; }
    // Where the followed run stands, as far as its folder tells: the newest step, its wall
    // time, the length config.json asks for. The epoch is not recorded (-1), nor the speed (0).
    SessionStatus status() const;

public slots:
    // Reads what was appended since the last look.
    void poll();

signals:
    void metricsReady(const genlab::run::MetricsBatch& batch);
    void previewReady(const genlab::run::SamplePreview& preview);
    void eventLogged(qint64 step, const QString& text);

private:
    void readMetrics();
    void readEvents();
    void readSamples();
    // The complete lines appended to `file` since `offset` (advanced past them).
    static QStringList newLines(const QString& file, qint64& offset);

    QString m_runPath;
    QJsonObject m_config;
    QTimer m_timer;
    qint64 m_metricsOffset = 0;
    qint64 m_eventsOffset = 0;
    QStringList m_columns; // metrics.csv header after step,time
    QSet<QString> m_seenSamples;
    QVector<QPointF> m_realPoints;
    qint64 m_lastStep = 0;
    double m_lastSeconds = 0.0;
};

} // namespace genlab::run
