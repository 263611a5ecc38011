#include "ui/training/SampleGridView.h"
#include "ui/widgets/ImageCanvas.h"

#include <QSignalSpy>
#include <QSlider>
#include <QtTest>

using genlab::run::SamplePreview;
using genlab::ui::SampleGridView;

namespace {

SamplePreview imagePreview(qint64 step, int grey)
{
    SamplePreview preview;
    preview.step = step;
    preview.grid = QImage(16, 16, QImage::Format_Grayscale8);
    preview.grid.fill(grey);
    return preview;
}

} // namespace

class SampleGridViewTest : public QObject
{
    Q_OBJECT

private slots:
    void newPreviews_areShownWhileFollowingLive()
    {
        SampleGridView view;
        view.addPreview(imagePreview(10, 20));
        view.addPreview(imagePreview(20, 200));
        QCOMPARE(view.previewCount(), 2);
        QCOMPARE(view.shownPreview()->step, qint64(20));
        QCOMPARE(qGray(view.currentImage().pixel(0, 0)), 200);
    }

    // A right click opens the menu; only a left click picks a sample (and its z).
    void onlyALeftClickPicksASample()
    {
        SampleGridView view;
        view.resize(400, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.addPreview(imagePreview(10, 20));
        auto* canvas = view.findChild<genlab::ui::ImageCanvas*>(QStringLiteral("sampleCanvas"));
        QVERIFY(canvas);
        QSignalSpy clicks(canvas, &genlab::ui::ImageCanvas::imageClicked);
        const QPoint centre = canvas->rect().center();
        QTest::mouseClick(canvas, Qt::RightButton, {}, centre);
        QCOMPARE(clicks.count(), 0);
        QTest::mouseClick(canvas, Qt::LeftButton, {}, centre);
        QCOMPARE(clicks.count(), 1);
    }

    // The 2-D scatter passes a right click on as the view's own menu request.
    void pointScatter_asksForTheViewsMenu()
    {
        SampleGridView view;
        view.setContextMenuPolicy(Qt::CustomContextMenu);
        view.resize(400, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        SamplePreview preview;
        preview.step = 5;
        preview.generated = {QPointF(0, 0)};
        preview.real = {QPointF(1, 1)};
        view.addPreview(preview);
        auto* scatter = view.findChild<QWidget*>(QStringLiteral("sampleScatter"));
        QVERIFY(scatter && scatter->isVisible());
        QSignalSpy menus(&view, &QWidget::customContextMenuRequested);
        const QPoint centre = scatter->rect().center();
        QContextMenuEvent event(QContextMenuEvent::Mouse, centre, scatter->mapToGlobal(centre));
        QCoreApplication::sendEvent(scatter, &event);
        QCOMPARE(menus.count(), 1);
        QCOMPARE(menus.first().at(0).toPoint(), view.mapFromGlobal(scatter->mapToGlobal(centre)));
    }

    void timeline_scrubsBackAndStaysThereWhileNewPreviewsArrive()
    {
        SampleGridView view;
        for (int i = 0; i < 5; ++i)
            view.addPreview(imagePreview(i * 100, i * 40));
        auto* timeline = view.findChild<QSlider*>(QStringLiteral("timelineSlider"));
        QVERIFY(timeline);
        QSignalSpy shown(&view, &SampleGridView::shownPreviewChanged);
        timeline->setValue(1);
        QCOMPARE(shown.count(), 1);
        QCOMPARE(view.shownPreview()->step, qint64(100));
        QCOMPARE(qGray(view.currentImage().pixel(0, 0)), 40);
        view.addPreview(imagePreview(500, 250));
        QCOMPARE(view.shownPreview()->step, qint64(100)); // the user is looking back
        timeline->setValue(timeline->maximum());
        view.addPreview(imagePreview(600, 255));
        QCOMPARE(view.shownPreview()->step, qint64(600)); // back at the end: live again
    }

    void pointPreview_isDrawnAsAScatter()
    {
        SampleGridView view;
        view.resize(300, 300);
        SamplePreview preview;
        preview.step = 1;
        preview.real = {QPointF(1, 0), QPointF(-1, 0)};
        preview.generated = {QPointF(0.5, 0.5)};
        view.addPreview(preview);
        QVERIFY(view.shownPreview()->isPoints());
        QVERIFY(!view.currentImage().isNull());
    }

    void longRuns_keepABoundedHistorySpanningTheRun()
    {
        SampleGridView view;
        for (int i = 0; i < 2500; ++i)
            view.addPreview(imagePreview(i, i % 256));
        QVERIFY(view.previewCount() <= 2000);
        QVERIFY(view.previewCount() > 1000);
        view.showPreview(0);
        QCOMPARE(view.shownPreview()->step, qint64(0));
        view.showPreview(view.previewCount() - 1);
        QCOMPARE(view.shownPreview()->step, qint64(2499));
    }
};

QTEST_MAIN(SampleGridViewTest)
#include "tst_samplegridview.moc"
