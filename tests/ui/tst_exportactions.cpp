#include "run/RunDirectory.h"
#include "ui/export/ExportActions.h"
#include "ui/export/ImageExportDialog.h"
#include "ui/training/LossPlot.h"
#include "ui/training/SampleGridView.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QMenu>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace genlab;
using run::SamplePreview;
using ui::ExportActions;

namespace {

QImage checker(int side)
{
    QImage image(side, side, QImage::Format_RGB32);
    for (int y = 0; y < side; ++y)
        for (int x = 0; x < side; ++x)
            image.setPixel(x, y, (x + y) % 2 ? qRgb(255, 255, 255) : qRgb(10, 20, 30));
    return image;
}

SamplePreview gridPreview(qint64 step, int shade)
{
    SamplePreview preview;
    preview.step = step;
    preview.grid = QImage(20, 10, QImage::Format_RGB32);
    preview.grid.fill(QColor(shade, shade, shade));
    return preview;
}

// A run folder as `genlab train` leaves it after `rows` steps of a GAN.
void writeRun(const QString& path, int rows)
{
    run::RunDirectory run(path);
    run.writeConfig({{QStringLiteral("model"), QStringLiteral("gan")},
                     {QStringLiteral("data"), QStringLiteral("ring8")},
                     {QStringLiteral("steps"), 100}});
    for (int step = 1; step <= rows; ++step)
        run.appendMetrics({QStringLiteral("loss_d")}, step, 0.01 * step,
                          {{QStringLiteral("loss_d"), 1.0 / step}});
    run.writeSamplePoints(rows, {QPointF(1, 0), QPointF(0, 1)});
}

} // namespace

class ExportActionsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("GenLabTest"));
    }

    void savePicture_scale_givesPromisedSizeWithSharpBlocks()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("grid.png"));
        ExportActions::savePicture(checker(28), 4, file);
        const QImage saved(file);
        QCOMPARE(saved.size(), QSize(112, 112));
        // Nearest neighbour: the 4x4 block of source pixel (1, 0) is all white, no blur.
        for (int y = 0; y < 4; ++y)
            for (int x = 4; x < 8; ++x)
                QCOMPARE(saved.pixel(x, y), qRgb(255, 255, 255));
        QCOMPARE(saved.pixel(3, 0), qRgb(10, 20, 30));
        ExportActions::savePicture(checker(28), 1, file);
        QCOMPARE(QImage(file).size(), QSize(28, 28));
        QVERIFY_THROWS_EXCEPTION(std::exception, ExportActions::savePicture(QImage(), 1, file));
    }

    void timelineFrames_everyNth_keepsLastFrameToo()
    {
        QVector<SamplePreview> previews;
        for (int i = 0; i < 6; ++i)
            previews.append(gridPreview(i * 10, i * 40));
        const QVector<QImage> frames = ExportActions::timelineFrames(previews, 4);
        // Step 0 (the untrained model's flat grid) is left out; then every 4th from index 1,
        // and the last: indices 1 and 5.
        QCOMPARE(ExportActions::keptFrames(previews, 4), (QVector<int>{1, 5}));
        QCOMPARE(frames.size(), 2);
        QCOMPARE(frames.first().pixel(0, 0), qRgb(40, 40, 40));
        QCOMPARE(frames.last().pixel(0, 0), qRgb(200, 200, 200));
        QCOMPARE(ExportActions::keptFrames({gridPreview(0, 10)}, 1), (QVector<int>{0})); // all there is
    }

    // The GIF dialog says how many frames and seconds the chosen settings write.
    void gifDialog_saysHowManyFramesItWrites()
    {
        QVector<SamplePreview> previews;
        for (int i = 0; i < 11; ++i)
            previews.append(gridPreview(i * 10, i * 20)); // steps 0..100
        ui::ImageExportDialog dialog(nullptr, QSize(20, 10), ui::ImageExportDialog::Kind::Animation,
                                     QStringLiteral("/tmp/x.gif"));
        dialog.setFrameCounter(
            [previews](int every) { return int(ExportActions::keptFrames(previews, every).size()); });
        QCOMPARE(dialog.frameSummary(), QStringLiteral("10 frames, 2.0 s")); // 200 ms each
        dialog.findChild<QSpinBox*>(QStringLiteral("exportEvery"))->setValue(3);
        QCOMPARE(dialog.frameSummary(), QStringLiteral("4 frames, 0.8 s")); // indices 1, 4, 7, 10
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("exportFrames"))->text(), dialog.frameSummary());
    }

    void timelineFrames_points_sameSizePictures()
    {
        QVector<SamplePreview> previews(3);
        for (int i = 0; i < 3; ++i) {
            previews[i].step = i + 1;
            previews[i].generated = {QPointF(i, 0), QPointF(0, i)};
            previews[i].real = {QPointF(1, 1), QPointF(-1, -1)};
        }
        const QVector<QImage> frames = ExportActions::timelineFrames(previews, 1);
        QCOMPARE(frames.size(), 3);
        QCOMPARE(frames[0].size(), frames[2].size());
    }

    void savePlot_pngAndPdf_haveTheChosenSizeAndFormat()
    {
        ui::LossPlot plot;
        plot.appendRows({1, 2, 3}, {{{QStringLiteral("loss"), 1.0}},
                                    {{QStringLiteral("loss"), 0.5}},
                                    {{QStringLiteral("loss"), 0.25}}});
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("plot.png"));
        ExportActions::savePlot(plot.plot(), png, QSize(640, 480));
        QCOMPARE(QImage(png).size(), QSize(640, 480));
        const QString pdf = dir.filePath(QStringLiteral("plot.pdf"));
        ExportActions::savePlot(plot.plot(), pdf, QSize(640, 480));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QVERIFY(!QFileInfo::exists(pdf + QStringLiteral(".partial")));
    }

    void window_fileMenu_hasEveryExportAndCopyCsvFillsClipboard()
    {
        QTemporaryDir runs;
        ui::MainWindow window(nullptr, runs.path());
        QMenu* menu = window.findChild<QMenu*>(QStringLiteral("exportMenu"));
        QVERIFY(menu);
        QStringList names;
        for (QAction* action : menu->actions())
            if (!action->isSeparator())
                names << action->objectName();
        QCOMPARE(names,
                 (QStringList{QStringLiteral("exportGridAction"), QStringLiteral("exportTimelineAction"),
                              QStringLiteral("exportPlotAction"), QStringLiteral("copyCsvAction"),
                              QStringLiteral("exportMetricsAction"), QStringLiteral("exportWeightsAction"),
                              QStringLiteral("saveBundleAction")}));
        window.lossPlot()->appendRows({1, 2},
                                      {{{QStringLiteral("loss"), 2.0}}, {{QStringLiteral("loss"), 1.0}}});
        window.findChild<QAction*>(QStringLiteral("copyCsvAction"))->trigger();
        QCOMPARE(QApplication::clipboard()->text(), window.lossPlot()->toCsv());
        QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("loss")));
    }

    void openRun_showsItsRowsAndFollowsAppendedOnes()
    {
        QTemporaryDir runs;
        QTemporaryDir dir;
        writeRun(dir.path(), 5);
        ui::MainWindow window(nullptr, runs.path());
        QVERIFY(window.openRun(dir.path()));
        QVERIFY(window.isFollowingRun());
        QCOMPARE(window.lossPlot()->pointCount(QStringLiteral("loss_d")), 5);
        QCOMPARE(window.sampleView()->previewCount(), 1);
        {
            run::RunDirectory run(dir.path());
            run.appendMetrics({QStringLiteral("loss_d")}, 6, 0.06, {{QStringLiteral("loss_d"), 0.1}});
        }
        QTRY_COMPARE_WITH_TIMEOUT(window.lossPlot()->pointCount(QStringLiteral("loss_d")), 6, 5000);
        // Training again leaves the opened run.
        window.trainAction()->trigger();
        QVERIFY(!window.isFollowingRun());
        QCOMPARE(window.lossPlot()->pointCount(QStringLiteral("loss_d")), 0);
    }

    void openRun_notARunFolder_saysSoAndKeepsTheWindow()
    {
        QTemporaryDir runs;
        QTemporaryDir empty;
        ui::MainWindow window(nullptr, runs.path());
        QVERIFY(!window.openRun(empty.path()));
        QVERIFY(!window.isFollowingRun());
        QTRY_VERIFY(window.findChild<QWidget*>(QStringLiteral("failureMessage")));
    }
};

QTEST_MAIN(ExportActionsTest)
#include "tst_exportactions.moc"
