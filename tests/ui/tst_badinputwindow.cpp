#include "run/RunDirectory.h"
#include "session/SessionController.h"
#include "training/Trainer.h"
#include "ui/setup/SetupPanel.h"
#include "ui/training/LossPlot.h"
#include "ui/window/MainWindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace genlab;
using run::SessionStatus;
using training::TrainingConfig;
using ui::MainWindow;

// Bad input reaching the window (issue 9): the window shows a message that names the file or
// field and the problem, and keeps what it had: the chosen data and model, the run, its step
// and its curves. The command-line side of the same inputs is tests/app/tst_badinput.cpp.

namespace {

TrainingConfig tinyGan()
{
    TrainingConfig config;
    config.model = QStringLiteral("gan");
    config.data = QStringLiteral("ring8");
    config.seed = 4;
    config.steps = 0;
    config.settings = {
        {QStringLiteral("width"), 16}, {QStringLiteral("depth"), 1}, {QStringLiteral("batch_size"), 32}};
    return config;
}

bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QString failureText(MainWindow& window)
{
    auto* box = window.findChild<QMessageBox*>(QStringLiteral("failureMessage"));
    return box ? box->text() : QString();
}

void closeMessages(MainWindow& window)
{
    for (QMessageBox* box : window.findChildren<QMessageBox*>())
        box->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

} // namespace

class BadInputWindowTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("GenLabTest"));
        QCoreApplication::setApplicationName(QStringLiteral("GenLabBadInputWindowTest"));
    }

    void init()
    {
        QSettings().clear();
        QVERIFY(m_runs.isValid());
        m_window = std::make_unique<MainWindow>(nullptr, m_runs.path());
        m_window->setupPanel()->setConfig(tinyGan());
        emit m_window->setupPanel()->configurationChanged();
        for (int i = 0; i < 5; ++i)
            m_window->findChild<QAction*>(QStringLiteral("stepAction"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->status().step == 5 && m_window->status().state == SessionStatus::State::Paused, 20000);
        QTRY_COMPARE(m_window->lossPlot()->pointCount(QStringLiteral("loss_d")), 5);
    }

    void cleanup()
    {
        if (m_window)
            m_window->close();
        m_window.reset();
    }

    void openBrokenData_showsFileAndProblem_andKeepsDataRunAndCurves_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("csv text") << QStringLiteral("p.csv") << QByteArray("x,y\n1,2\n3,four\n")
                                  << QStringLiteral("p.csv:3: 'four' is not a number");
        QTest::newRow("csv NaN") << QStringLiteral("p.csv") << QByteArray("1,2\nnan,1\n")
                                 << QStringLiteral("p.csv:2: 'nan' is not a finite number");
        QTest::newRow("csv one column") << QStringLiteral("p.csv") << QByteArray("1\n2\n")
                                        << QStringLiteral("p.csv:1: expected 2 columns");
        QTest::newRow("idx truncated") << QStringLiteral("idx/train-images-idx3-ubyte")
                                       << QByteArray::fromHex("00000803000000020000001c0000001c0101")
                                       << QStringLiteral("train-images-idx3-ubyte: truncated");
        QTest::newRow("unreadable image") << QStringLiteral("images/a.png") << QByteArray("not a PNG")
                                          << QStringLiteral("a.png: cannot read the image");
        QTest::newRow("digits json cut off")
            << QStringLiteral("digits/0.json") << QByteArray("{ \"data\": [0.5,")
            << QStringLiteral(".json: at byte");
    }

    void openBrokenData_showsFileAndProblem_andKeepsDataRunAndCurves()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QVERIFY(writeBytes(dir.filePath(file), bytes));
        if (file.startsWith(QLatin1String("digits/")))
            for (int digit = 1; digit < 10; ++digit)
                QVERIFY(writeBytes(dir.filePath(QStringLiteral("digits/%1.json").arg(digit)), bytes));
        // A CSV is opened as a file; the others as the folder that holds them.
        const QString path = file.contains(QLatin1Char('/')) ? QFileInfo(dir.filePath(file)).absolutePath()
                                                             : dir.filePath(file);
        QVERIFY(!m_window->openDataSource(path));
        QTRY_VERIFY(!failureText(*m_window).isEmpty());
        QVERIFY2(failureText(*m_window).contains(expected), qPrintable(failureText(*m_window)));
        QVERIFY2(failureText(*m_window).contains(dir.path()), qPrintable(failureText(*m_window)));
        expectStateKept();
    }

    void invalidSettingValue_namesTheSetting_andTheRunGoesOn()
    {
        emit m_window->setupPanel()->liveParameterChanged(QStringLiteral("lr_d"), -1.0);
        QTRY_VERIFY(!failureText(*m_window).isEmpty());
        QVERIFY2(failureText(*m_window).contains(QStringLiteral("lr_d: -1 is out of range")),
                 qPrintable(failureText(*m_window)));
        closeMessages(*m_window);
        emit m_window->setupPanel()->liveParameterChanged(QStringLiteral("batch_size"), 0);
        QTRY_VERIFY(failureText(*m_window).contains(QStringLiteral("batch_size: 0 is out of range")));
        expectStateKept();
        m_window->findChild<QAction*>(QStringLiteral("stepAction"))->trigger();
        QTRY_COMPARE(m_window->status().step, qint64(6));
    }

    void unknownPreset_isNamed_andNothingChanges()
    {
        QVERIFY(!m_window->applyPreset(QStringLiteral("no-such-preset")));
        QTRY_VERIFY(failureText(*m_window).contains(QStringLiteral("unknown preset 'no-such-preset'")));
        expectStateKept();
    }

    void halfWrittenRunFolder_isNamed_andTheWindowsRunStays()
    {
        QTemporaryDir dir;
        QVERIFY(writeBytes(dir.filePath(QStringLiteral("config.json")), "{\"model\": \"gan\", \"da"));
        QVERIFY(!m_window->openRun(dir.path()));
        QTRY_VERIFY(!failureText(*m_window).isEmpty());
        QVERIFY2(failureText(*m_window).contains(dir.filePath(QStringLiteral("config.json"))),
                 qPrintable(failureText(*m_window)));
        QVERIFY(!m_window->isFollowingRun());
        expectStateKept();
    }

    void resumeFromCutOffCheckpoint_namesTheFile_andTheWindowStaysUsable()
    {
        // What the window recorded before a kill, with the newest checkpoint cut short.
        const QString run = QDir(m_runs.path()).filePath(QStringLiteral("killed"));
        {
            TrainingConfig config = tinyGan();
            config.openEnded = true;
            config.outDir = run;
            training::Trainer trainer(config);
            for (int i = 0; i < 4; ++i)
                trainer.step();
            trainer.writeCheckpoint();
        }
        const QString checkpoint = run::RunDirectory::latestCheckpoint(run);
        QFile(checkpoint).resize(64);
        m_window->close(); // a clean close forgets the active run ...
        m_window.reset();
        QSettings().setValue(QStringLiteral("session/activeRun"), run); // ... a kill does not
        m_window = std::make_unique<MainWindow>(nullptr, m_runs.path());
        QTRY_VERIFY(m_window->findChild<QMessageBox*>(QStringLiteral("resumeOffer")));
        m_window->findChild<QMessageBox*>(QStringLiteral("resumeOffer"))
            ->findChild<QAbstractButton*>(QStringLiteral("resumeButton"))
            ->click();
        QTRY_VERIFY(!failureText(*m_window).isEmpty());
        QVERIFY2(failureText(*m_window).contains(checkpoint + QStringLiteral(": damaged checkpoint")),
                 qPrintable(failureText(*m_window)));
        closeMessages(*m_window);
        // The window goes on: a new run on ring8 trains.
        m_window->setupPanel()->setConfig(tinyGan());
        emit m_window->setupPanel()->configurationChanged();
        m_window->findChild<QAction*>(QStringLiteral("stepAction"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->status().step == 1 && m_window->status().state == SessionStatus::State::Paused, 20000);
    }

private:
    // The window's choice, run, step and curves are what they were before the bad input.
    void expectStateKept()
    {
        QCOMPARE(m_window->setupPanel()->dataBox()->currentData().toString(), QStringLiteral("ring8"));
        QCOMPARE(m_window->setupPanel()->modelBox()->currentData().toString(), QStringLiteral("gan"));
        QTest::qWait(100); // a queued reconfiguration would show by now
        QCOMPARE(m_window->status().step, qint64(5));
        QCOMPARE(m_window->status().state, SessionStatus::State::Paused);
        QCOMPARE(m_window->lossPlot()->pointCount(QStringLiteral("loss_d")), 5);
    }

    QTemporaryDir m_runs;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(BadInputWindowTest)
#include "tst_badinputwindow.moc"
