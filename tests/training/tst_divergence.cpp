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
        QCOMPARE(diverged.first().at(2).toLongLong(), 0);       // no checkpoint yet: back to the start
        QCOMPARE(diverged.first().at(3).toString(), QString()); // no change to blame: rates / 10
        QVERIFY(diverged.first().at(0).toString().contains(QStringLiteral("diverged at step")));
        QTRY_COMPARE(lastStatus(status).state, SessionStatus::State::Paused);
        // Paused in the step that produced it: no step after it.
        QCOMPARE(lastStatus(status).step, badStep);

        session.recoverFromDivergence();
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
        QCOMPARE(diverged.first().at(3).toString(), QStringLiteral("lr_d, lr_g")); // what started it

        QSignalSpy configurations(&session, &SessionController::configurationChanged);
        session.recoverFromDivergence();
        QSignalSpy failures(&session, &SessionController::failed);
        QTRY_VERIFY(rewound.size() == 1 || !failures.isEmpty());
        QVERIFY2(failures.isEmpty(), qPrintable(failures.value(0).value(0).toString()));
        QCOMPARE(rewound.first().at(0).toLongLong(), 6);
        QTRY_VERIFY(lastSnapshot(snapshots) && lastSnapshot(snapshots)->step() == 6 &&
                    lastStatus(status).state == SessionStatus::State::Paused);
        QCOMPARE(lastSnapshot(snapshots)->decodePoints(codes), goodPoints);
        // The learning rates as they were before the change that started it (not the broken
        // ones divided by ten).
        QTRY_VERIFY(!configurations.isEmpty());
        const auto restored = configurations.last().at(0).value<TrainingConfig>();
        QCOMPARE(restored.settings.value(QStringLiteral("lr_d")).toDouble(), 2e-4);
        QCOMPARE(restored.settings.value(QStringLiteral("lr_g")).toDouble(), 2e-4);
        // Training goes on from there without diverging.
        session.step(models::StepPart::Both);
        QTRY_COMPARE(lastStatus(status).step, 7);
        QCOMPARE(diverged.size(), 1);
    }

    // The run: Adam with lr_g = 1e6 sends the generator off with finite but absurd
    // numbers (before, about 5,500 steps of losses near 1e23 until a NaN). The blow-up is
    // caught within a few steps, dated from the change, and recovery goes back to the
    // checkpoint written before it, with lr_g as it was; training then goes on.
    void finiteBlowUp_caughtEarly_andRecoveryGoesBackToBeforeTheChange()
    {
        QTemporaryDir runs;
        SessionController session;
        QSignalSpy diverged(&session, &SessionController::diverged);
        QSignalSpy status(&session, &SessionController::statusChanged);
        QSignalSpy configurations(&session, &SessionController::configurationChanged);
        QSignalSpy rewound(&session, &SessionController::rewound);
        session.configure(tinyGan(runs.path(), 2e-4));
        for (int i = 0; i < 30; ++i)
            session.step(models::StepPart::Both);
        QTRY_VERIFY_WITH_TIMEOUT(!status.isEmpty() && lastStatus(status).step == 30, 20000);
        session.setHyperParameter(QStringLiteral("lr_g"), 1e6);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(diverged.size(), 1, 20000);
        const qint64 badStep = diverged.first().at(1).toLongLong();
        QVERIFY2(badStep > 30 && badStep <= 60, qPrintable(QString::number(badStep)));
        QVERIFY(!diverged.first().at(0).toString().contains(QStringLiteral("nan")));
        QCOMPARE(diverged.first().at(2).toLongLong(), 30);
        QCOMPARE(diverged.first().at(3).toString(), QStringLiteral("lr_g"));

        session.recoverFromDivergence();
        QTRY_COMPARE(rewound.size(), 1);
        QCOMPARE(rewound.first().at(0).toLongLong(), 30);
        QTRY_VERIFY(!configurations.isEmpty());
        QCOMPARE(configurations.last()
                     .at(0)
                     .value<TrainingConfig>()
                     .settings.value(QStringLiteral("lr_g"))
                     .toDouble(),
                 2e-4);
        QTRY_COMPARE(lastStatus(status).state, SessionStatus::State::Paused);
        for (int i = 0; i < 100; ++i)
            session.step(models::StepPart::Both);
        QTRY_COMPARE_WITH_TIMEOUT(lastStatus(status).step, 130, 20000);
        QCOMPARE(diverged.size(), 1);
    }
};

QTEST_GUILESS_MAIN(DivergenceTest)
#include "tst_divergence.moc"
