#include "run/RunDirectory.h"
#include "session/SessionController.h"
#include "training/Trainer.h"
#include "ui/setup/SetupPanel.h"
#include "ui/training/LossPlot.h"
#include "ui/window/MainWindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace genlab;
using run::SessionStatus;
using training::TrainingConfig;
using ui::MainWindow;

namespace {

TrainingConfig tinyGan(double learningRate)
{
    TrainingConfig config;
    config.model = QStringLiteral("gan");
    config.data = QStringLiteral("ring8");
    config.seed = 4;
    config.steps = 0;
    config.settings = {{QStringLiteral("width"), 16},
                       {QStringLiteral("depth"), 1},
                       {QStringLiteral("batch_size"), 32},
                       {QStringLiteral("lr_d"), learningRate},
                       {QStringLiteral("lr_g"), learningRate}};
    return config;
}

QAbstractButton* button(QWidget* box, const QString& name)
{
    return box ? box->findChild<QAbstractButton*>(name) : nullptr;
}

} // namespace

class RecoveryTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("GenLabTest"));
        QCoreApplication::setApplicationName(QStringLiteral("GenLabRecoveryTest"));
    }

    void init() { QSettings().clear(); }

    void divergingRun_pausesAndOffersToGoBackWithALowerRate()
    {
        QTemporaryDir runs;
        MainWindow window(nullptr, runs.path());
        // Plain SGD with a step of a million blows up within a few steps, whatever the seed.
        TrainingConfig config = tinyGan(1e6);
        config.settings.insert(QStringLiteral("optimizer"), QStringLiteral("sgd"));
        window.setupPanel()->setConfig(config);
        emit window.setupPanel()->configurationChanged(); // what an edit in the panel sends
        window.trainAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QMessageBox*>(QStringLiteral("divergenceMessage")), 20000);
        QCOMPARE(window.status().state, SessionStatus::State::Paused);
        QVERIFY(window.status().step > 0);
        QAbstractButton* recover = button(window.findChild<QMessageBox*>(QStringLiteral("divergenceMessage")),
                                          QStringLiteral("recoverButton"));
        QVERIFY(recover);
        recover->click();
        QTRY_VERIFY(window.status().step == 0 && window.status().state == SessionStatus::State::Paused);
        // The panel shows the lowered rate the session now trains with.
        QCOMPARE(window.setupPanel()->config().settings.value(QStringLiteral("lr_d")).toDouble(), 1e5);
        QCOMPARE(window.lossPlot()->pointCount(QStringLiteral("loss_d")), 0);
    }

    void killedWhileTraining_nextStartOffersToResumeFromTheCheckpoint()
    {
        QTemporaryDir runs;
        const QString runPath = QDir(runs.path()).filePath(QStringLiteral("killed-run"));
        {
            TrainingConfig config = tinyGan(2e-4);
            config.openEnded = true;
            config.outDir = runPath;
            training::Trainer trainer(config);
            for (int i = 0; i < 12; ++i)
                trainer.step();
            trainer.writeCheckpoint();
            trainer.step(); // a step after the checkpoint: lost with the process, and dropped
        }
        // What the window had recorded before the process died.
        QSettings().setValue(QStringLiteral("session/activeRun"), runPath);

        MainWindow window(nullptr, runs.path());
        QTRY_VERIFY(window.findChild<QMessageBox*>(QStringLiteral("resumeOffer")));
        QMessageBox* offer = window.findChild<QMessageBox*>(QStringLiteral("resumeOffer"));
        QVERIFY(offer->text().contains(QStringLiteral("step 12")));
        button(offer, QStringLiteral("resumeButton"))->click();
        QTRY_VERIFY(window.status().step == 12 && window.status().state == SessionStatus::State::Paused);
        QTRY_COMPARE(window.lossPlot()->pointCount(QStringLiteral("loss_d")), 12);
        QCOMPARE(window.status().runPath, runPath);
        window.trainAction()->trigger();
        QTRY_VERIFY(window.status().step > 14);
        window.trainAction()->trigger();
    }

    void cleanClose_leavesNothingToResume()
    {
        QTemporaryDir runs;
        {
            MainWindow window(nullptr, runs.path());
            window.setupPanel()->setConfig(tinyGan(2e-4));
            emit window.setupPanel()->configurationChanged();
            window.trainAction()->trigger();
            QTRY_VERIFY(window.status().step > 5);
            QVERIFY(!QSettings().value(QStringLiteral("session/activeRun")).toString().isEmpty());
            window.close();
            // Closing wrote the newest step to disk.
            QVERIFY(!run::RunDirectory::latestCheckpoint(window.status().runPath).isEmpty());
        }
        QVERIFY(QSettings().value(QStringLiteral("session/activeRun")).toString().isEmpty());
        MainWindow again(nullptr, runs.path());
        QTest::qWait(200);
        QVERIFY(!again.findChild<QMessageBox*>(QStringLiteral("resumeOffer")));
    }
};

QTEST_MAIN(RecoveryTest)
#include "tst_recovery.moc"
