#include "session/SessionController.h"
#include "snapshot/ModelSnapshot.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace genlab;
using run::SessionStatus;
using session::SessionController;
using snapshot::ModelSnapshotPtr;
using training::TrainingConfig;

namespace {

TrainingConfig tinyGan(const QString& runsRoot, double learningRate)
{
    TrainingConfig config;
    config.model = QStringLiteral("gan");
    config.data = QStringLiteral("ring8");
    config.seed = 4;
    config.steps = 0; // open-ended, like the window
    config.outDir = runsRoot;
    config.settings = {{QStringLiteral("width"), 16},
                       {QStringLiteral("depth"), 1},
                       {QStringLiteral("batch_size"), 32},
                       {QStringLiteral("lr_d"), learningRate},
                       {QStringLiteral("lr_g"), learningRate}};
    return config;
}

ModelSnapshotPtr lastSnapshot(const QSignalSpy& spy)
{
    return spy.isEmpty() ? nullptr : spy.last().at(0).value<ModelSnapshotPtr>();
}

SessionStatus lastStatus(const QSignalSpy& spy)
{
    return spy.last().at(0).value<SessionStatus>();
}

bool allFinite(const QVector<QPointF>& points)
{
    return std::all_of(points.begin(), points.end(),
                       [](const QPointF& p) { return std::isfinite(p.x()) && std::isfinite(p.y()); });
}

} // namespace

class DivergenceTest : public QObject
{
    Q_OBJECT

private slots:
    void hugeLearningRate_pausesAtTheDivergingStep_andRecoveryStartsAgainWithALowerRate()
    {
        QTemporaryDir runs;
        SessionController session;
        QSignalSpy diverged(&session, &SessionController::diverged);
        QSignalSpy status(&session, &SessionController::statusChanged);
        QSignalSpy snapshots(&session, &SessionController::snapshotReady);
        QSignalSpy rewound(&session, &SessionController::rewound);
        // Plain SGD with a step of a million blows up within a few steps, whatever the seed.
        TrainingConfig config = tinyGan(runs.path(), 1e6);
        config.settings.insert(QStringLiteral("optimizer"), QStringLiteral("sgd"));
        session.configure(config);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(diverged.size(), 1, 20000);
        const qint64 badStep = diverged.first().at(1).toLongLong();
        QVERIFY(badStep >= 1 && badStep <= 20);
        QCOMPARE(diverged.first().at(2).toLongLong(), 0); // no checkpoint yet: back to the start
        QVERIFY(diverged.first().at(0).toString().contains(QStringLiteral("diverged at step")));
        QTRY_COMPARE(lastStatus(status).state, SessionStatus::State::Paused);
        // Paused in the step that produced it: no step after it.
        QCOMPARE(lastStatus(status).step, badStep);

        session.recoverFromDivergence(0.1);
        QTRY_COMPARE(rewound.size(), 1);
        QCOMPARE(rewound.first().at(0).toLongLong(), 0);
        QTRY_COMPARE(lastStatus(status).state, SessionStatus::State::Paused);
        QCOMPARE(lastStatus(status).step, 0);
        QTRY_VERIFY(lastSnapshot(snapshots) && lastSnapshot(snapshots)->step() == 0);
        QVERIFY(
            allFinite(lastSnapshot(snapshots)->decodePoints(lastSnapshot(snapshots)->randomCodes(50, 1))));
    }

    void divergenceAfterACheckpoint_recoveryKeepsTheLastGoodWeights()
    {
        QTemporaryDir runs;
        SessionController session;
        QSignalSpy diverged(&session, &SessionController::diverged);
        QSignalSpy status(&session, &SessionController::statusChanged);
        QSignalSpy snapshots(&session, &SessionController::snapshotReady);
        QSignalSpy events(&session, &SessionController::eventLogged);
        QSignalSpy rewound(&session, &SessionController::rewound);
        session.configure(tinyGan(runs.path(), 2e-4));
        for (int i = 0; i < 6; ++i)
            session.step(models::StepPart::Both);
        QTRY_VERIFY(lastSnapshot(snapshots) && lastSnapshot(snapshots)->step() == 6);
        const ModelSnapshotPtr good = lastSnapshot(snapshots);
        const QVector<float> codes = good->randomCodes(20, 3);
        const QVector<QPointF> goodPoints = good->decodePoints(codes);

        // The risky change: the session writes a checkpoint of step 6 before applying it.
        session.setHyperParameter(QStringLiteral("lr_d"), 1e6);
        session.setHyperParameter(QStringLiteral("lr_g"), 1e6);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(diverged.size(), 1, 20000);
        QCOMPARE(diverged.first().at(2).toLongLong(), 6);

        session.recoverFromDivergence(0.1);
        QSignalSpy failures(&session, &SessionController::failed);
        QTRY_VERIFY(rewound.size() == 1 || !failures.isEmpty());
        QVERIFY2(failures.isEmpty(), qPrintable(failures.value(0).value(0).toString()));
        QCOMPARE(rewound.first().at(0).toLongLong(), 6);
        QTRY_VERIFY(lastSnapshot(snapshots) && lastSnapshot(snapshots)->step() == 6 &&
                    lastStatus(status).state == SessionStatus::State::Paused);
        QCOMPARE(lastSnapshot(snapshots)->decodePoints(codes), goodPoints);
        // The checkpoint's learning rate (before the change), divided by ten, is logged.
        bool lowered = false;
        for (const QList<QVariant>& event : events)
            lowered = lowered || event.at(1).toString().contains(QStringLiteral("\u2192 2e-05"));
        QVERIFY(lowered);
        // Training goes on from there without diverging.
        session.step(models::StepPart::Both);
        QTRY_COMPARE(lastStatus(status).step, 7);
        QCOMPARE(diverged.size(), 1);
    }
};

QTEST_GUILESS_MAIN(DivergenceTest)
#include "tst_divergence.moc"
