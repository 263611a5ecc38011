// Drawing 2-D data: strokes and clicks make points, Undo takes back a gesture, the CSV reads
// back as the same data set, and the window trains on what was drawn.
#include "data/PointsCsvReader.h"
#include "run/SessionStatus.h"
#include "ui/draw/DrawDataDialog.h"
#include "ui/draw/PointsCanvas.h"
#include "ui/setup/SetupPanel.h"
#include "ui/window/MainWindow.h"

#include "common/TorchApi.h"

#include <QAction>
#include <QComboBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace genlab;
using ui::DrawDataDialog;
using ui::PointsCanvas;

namespace {

void drag(QWidget* widget, QPoint from, QPoint to, int steps = 40)
{
    QTest::mousePress(widget, Qt::LeftButton, Qt::NoModifier, from);
    for (int i = 1; i <= steps; ++i) {
        const QPoint at = from + (to - from) * i / steps;
        QMouseEvent move(QEvent::MouseMove, at, widget->mapToGlobal(at), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QCoreApplication::sendEvent(widget, &move);
    }
    QTest::mouseRelease(widget, Qt::LeftButton, Qt::NoModifier, to);
}

} // namespace

class DrawDataTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("GenLabDrawTest"));
    }

    void strokesAndClicks_makePoints_andUndoTakesBackAGesture()
    {
        PointsCanvas canvas;
        canvas.resize(400, 400);
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        // A horizontal stroke across the middle: points all along it, near y = 0.
        drag(&canvas, QPoint(100, 200), QPoint(300, 200));
        const QVector<QPointF> stroke = canvas.points();
        QVERIFY2(stroke.size() > 150, qPrintable(QString::number(stroke.size())));
        double left = 1e9, right = -1e9;
        for (const QPointF& point : stroke) {
            QVERIFY(std::abs(point.y()) < 0.25);
            left = std::min(left, point.x());
            right = std::max(right, point.x());
        }
        QVERIFY(left < -0.8 && right > 0.8); // pixels 100..300 of 400 are x = -1..1
        // A click: one round cluster where it was.
        QTest::mouseClick(&canvas, Qt::LeftButton, Qt::NoModifier, QPoint(300, 100));
        QCOMPARE(canvas.strokeCount(), 2);
        const QVector<QPointF> all = canvas.points();
        const QVector<QPointF> cluster = all.mid(stroke.size());
        QVERIFY(cluster.size() > PointsCanvas::kClusterPoints * 0.9);
        QPointF mean;
        for (const QPointF& point : cluster)
            mean += point / cluster.size();
        const QPointF expected = canvas.toPlane(QPointF(300, 100));
        QVERIFY(std::hypot(mean.x() - expected.x(), mean.y() - expected.y()) < 0.05);
        canvas.undo();
        QCOMPARE(canvas.points(), stroke);
        canvas.clear();
        QVERIFY(canvas.points().isEmpty());
    }

    void csv_readsBackAsTheSameDataSet()
    {
        QTemporaryDir dir;
        DrawDataDialog dialog(dir.path());
        dialog.resize(600, 700);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.trainButton()->isEnabled()); // nothing drawn
        PointsCanvas* canvas = dialog.canvas();
        drag(canvas, QPoint(canvas->width() / 4, canvas->height() / 2),
             QPoint(canvas->width() * 3 / 4, canvas->height() / 3));
        QVERIFY(dialog.trainButton()->isEnabled());
        const QString path = dir.filePath(QStringLiteral("points.csv"));
        QVERIFY(dialog.saveCsv(path));
        const data::DataSet set = data::PointsCsvReader::read(path);
        const QVector<QPointF> drawn = canvas->points();
        QCOMPARE(set.train.size(0) + (set.test.defined() ? set.test.size(0) : 0), int64_t(drawn.size()));
        // Nothing written where it cannot be: the reason shows and the dialog stays.
        QVERIFY(!dialog.saveCsv(QStringLiteral("/proc/no-such-folder/points.csv")));
        QVERIFY(dialog.isVisible());
    }

    void window_trainsOnWhatWasDrawn()
    {
        QTemporaryDir runs;
        ui::MainWindow window(nullptr, runs.filePath(QStringLiteral("runs")));
        window.show();
        QVERIFY(window.applyPreset(QStringLiteral("wgan-gp-ring8")));
        window.findChild<QAction*>(QStringLiteral("drawDataAction"))->trigger();
        auto* dialog = window.findChild<DrawDataDialog*>(QStringLiteral("drawDataDialog"));
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        PointsCanvas* canvas = dialog->canvas();
        drag(canvas, QPoint(canvas->width() / 4, canvas->height() / 4),
             QPoint(canvas->width() * 3 / 4, canvas->height() * 3 / 4));
        QTest::mouseClick(canvas, Qt::LeftButton, Qt::NoModifier,
                          QPoint(canvas->width() / 4, canvas->height() * 3 / 4));
        QVERIFY2(dialog->trainButton()->isEnabled(), qPrintable(QString::number(canvas->points().size())));
        dialog->trainButton()->click();
        const QString written = QDir::cleanPath(dialog->writtenPath());
        QVERIFY(QFileInfo::exists(written));
        QVERIFY(written.startsWith(QDir::cleanPath(runs.filePath(QStringLiteral("drawn")))));
        QCOMPARE(window.setupPanel()->dataBox()->currentData().toString(), written);
        // The preset's name goes with its data; its settings stay.
        QCOMPARE(window.setupPanel()->presetBox()->currentIndex(), 0);
        QCOMPARE(window.setupPanel()->config().model, QStringLiteral("wgan-gp"));
        QVERIFY(window.setupPanel()->config().schedule.isEmpty());
        window.trainAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window.status().step > 5, 60000);
        window.trainAction()->trigger(); // pause
        window.close();
    }
};

QTEST_MAIN(DrawDataTest)
#include "tst_drawdata.moc"
