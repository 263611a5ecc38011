#include "ui/training/LossPlot.h"

#include <qcustomplot.h>

#include <QSignalSpy>
#include <QtTest>

using genlab::models::NamedValue;
using genlab::models::StepMetrics;
using genlab::ui::LossPlot;

namespace {

void appendSteps(LossPlot& plot, qint64 first, int count, double (*loss)(qint64))
{
    QVector<qint64> steps;
    QVector<StepMetrics> rows;
    for (qint64 step = first; step < first + count; ++step) {
        steps << step;
        rows << StepMetrics{NamedValue{QStringLiteral("loss_d"), loss(step)},
                            NamedValue{QStringLiteral("loss_g"), 2.0 * loss(step)}};
    }
    plot.appendRows(steps, rows);
}

double falling(qint64 step)
{
    return 1.0 / double(step + 1);
}

} // namespace

class LossPlotTest : public QObject
{
    Q_OBJECT

private slots:
    void appendRows_createsOneSeriesPerReportedName()
    {
        LossPlot plot;
        appendSteps(plot, 1, 10, falling);
        QCOMPARE(plot.seriesNames(), (QStringList{QStringLiteral("loss_d"), QStringLiteral("loss_g")}));
        QCOMPARE(plot.pointCount(QStringLiteral("loss_d")), 10);
        appendSteps(plot, 11, 5, falling);
        QCOMPARE(plot.pointCount(QStringLiteral("loss_g")), 15);
    }

    void legendClick_hidesAndShowsTheSeries()
    {
        LossPlot plot;
        plot.resize(600, 400);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        appendSteps(plot, 1, 10, falling);
        plot.plot()->replot();
        QCPAbstractLegendItem* item = plot.plot()->legend->item(0);
        QVERIFY(item);
        const QPoint centre = item->outerRect().center();
        QVERIFY(plot.isSeriesVisible(QStringLiteral("loss_d")));
        QTest::mouseClick(plot.plot(), Qt::LeftButton, {}, centre);
        QVERIFY(!plot.isSeriesVisible(QStringLiteral("loss_d")));
        QTest::mouseClick(plot.plot(), Qt::LeftButton, {}, centre);
        QVERIFY(plot.isSeriesVisible(QStringLiteral("loss_d")));
    }

    void rightClick_onTheLegendLeavesTheCurve_andAsksForTheMenu()
    {
        LossPlot plot;
        plot.resize(600, 400);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        appendSteps(plot, 1, 10, falling);
        plot.plot()->replot();
        QSignalSpy menus(&plot, &LossPlot::contextMenuRequested);
        const QPoint centre = plot.plot()->legend->item(0)->outerRect().center();
        QTest::mouseClick(plot.plot(), Qt::RightButton, {}, centre);
        QVERIFY(plot.isSeriesVisible(QStringLiteral("loss_d")));
        QContextMenuEvent menuEvent(QContextMenuEvent::Mouse, centre, plot.plot()->mapToGlobal(centre));
        QCoreApplication::sendEvent(plot.plot(), &menuEvent);
        QCOMPARE(menus.count(), 1);
        QCOMPARE(menus.first().at(0).toPoint(), plot.plot()->mapToGlobal(centre));
    }

    // A plain click is not a request to stop following the data; a drag is.
    void plainClick_keepsFollowing_dragStops()
    {
        LossPlot plot;
        plot.resize(600, 400);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        appendSteps(plot, 1, 10, falling);
        const QPoint middle = plot.plot()->axisRect()->rect().center();
        QTest::mouseClick(plot.plot(), Qt::LeftButton, {}, middle);
        QVERIFY(plot.isFollowingData());
        appendSteps(plot, 11, 90, falling);
        QCOMPARE(plot.plot()->xAxis->range().upper, 100.0); // the new steps are in view

        QTest::mousePress(plot.plot(), Qt::LeftButton, {}, middle);
        QMouseEvent move(QEvent::MouseMove, QPointF(middle + QPoint(40, 0)),
                         QPointF(plot.plot()->mapToGlobal(middle + QPoint(40, 0))), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(plot.plot(), &move);
        QTest::mouseRelease(plot.plot(), Qt::LeftButton, {}, middle + QPoint(40, 0));
        QVERIFY(!plot.isFollowingData());
    }

    // grad_g is thousands of times the losses: on its own log axis, the losses keep their scale.
    void gradientNorm_hasItsOwnLogAxis_andLeavesTheLossScaleAlone()
    {
        LossPlot plot;
        QVector<qint64> steps;
        QVector<StepMetrics> rows;
        for (qint64 step = 1; step <= 50; ++step) {
            steps << step;
            rows << StepMetrics{NamedValue{QStringLiteral("loss_d"), 0.7},
                                NamedValue{QStringLiteral("loss_g"), 1.5},
                                NamedValue{QStringLiteral("grad_g"), 3000.0}};
        }
        plot.appendRows(steps, rows);
        QCOMPARE(plot.valueAxisOf(QStringLiteral("grad_g")), plot.plot()->yAxis2);
        QCOMPARE(plot.valueAxisOf(QStringLiteral("loss_d")), plot.plot()->yAxis);
        QVERIFY(plot.plot()->yAxis2->visible());
        QCOMPARE(plot.plot()->yAxis2->scaleType(), QCPAxis::stLogarithmic);
        QVERIFY(plot.plot()->yAxis->range().upper < 10.0);
        QVERIFY(plot.plot()->yAxis2->range().contains(3000.0));
    }

    // Marker labels run along the bottom, clear of the legend in the top right corner.
    void markerLabels_stayClearOfTheLegend()
    {
        LossPlot plot;
        plot.resize(600, 400);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        appendSteps(plot, 1, 100, falling);
        for (int i = 0; i < 4; ++i)
            plot.addMarker(95 - i, QStringLiteral("lr_g 0.0005 \u2192 5e-05"));
        plot.plot()->replot();
        const QRect legend = plot.plot()->legend->outerRect();
        for (int i = 0; i < plot.plot()->itemCount(); ++i) {
            auto* text = qobject_cast<QCPItemText*>(plot.plot()->item(i));
            if (!text)
                continue;
            const QRectF label(text->topLeft->pixelPosition(), text->bottomRight->pixelPosition());
            QVERIFY2(!label.intersects(legend), qPrintable(text->text()));
        }
    }

    void smoothing_zeroShowsRawValuesAndHighSmoothsThem()
    {
        LossPlot plot;
        plot.setSmoothing(0.0);
        QVector<qint64> steps{1, 2, 3, 4};
        QVector<StepMetrics> rows;
        for (double v : {0.0, 10.0, 0.0, 10.0})
            rows << StepMetrics{NamedValue{QStringLiteral("loss"), v}};
        plot.appendRows(steps, rows);
        QCPGraph* graph = plot.plot()->graph(0);
        QCOMPARE(graph->data()->at(1)->value, 10.0);
        plot.setSmoothing(0.9);
        // 0.9 * 0 + 0.1 * 10 = 1 at the second step.
        QVERIFY(qAbs(graph->data()->at(1)->value - 1.0) < 1e-9);
    }

    void logScale_switchesTheValueAxis()
    {
        LossPlot plot;
        QVERIFY(!plot.isLogScale());
        plot.setLogScale(true);
        QVERIFY(plot.isLogScale());
        QCOMPARE(plot.plot()->yAxis->scaleType(), QCPAxis::stLogarithmic);
        plot.setLogScale(false);
        QCOMPARE(plot.plot()->yAxis->scaleType(), QCPAxis::stLinear);
    }

    void addMarker_addsALabelledLine()
    {
        LossPlot plot;
        plot.addMarker(50, QStringLiteral("lr_g 1e-4 \u2192 1e-3"));
        QCOMPARE(plot.markerCount(), 1);
        bool found = false;
        for (int i = 0; i < plot.plot()->itemCount(); ++i)
            if (auto* text = qobject_cast<QCPItemText*>(plot.plot()->item(i)))
                found = found || text->text().startsWith(QStringLiteral("lr_g"));
        QVERIFY(found);
    }

    void toCsv_writesOneRowPerStep()
    {
        LossPlot plot;
        appendSteps(plot, 1, 3, falling);
        const QStringList lines = plot.toCsv().trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[0], QStringLiteral("step,loss_d,loss_g"));
        QCOMPARE(lines[2], QStringLiteral("2,0.33333333,0.66666667"));
    }

    void nonFiniteValues_areKeptButNotDrawn()
    {
        LossPlot plot;
        plot.setSmoothing(0.0);
        QVector<StepMetrics> rows{StepMetrics{NamedValue{QStringLiteral("loss"), 1.0}},
                                  StepMetrics{NamedValue{QStringLiteral("loss"), qQNaN()}}};
        plot.appendRows({1, 2}, rows);
        QCOMPARE(plot.pointCount(QStringLiteral("loss")), 2);
        QCOMPARE(plot.plot()->graph(0)->dataCount(), 1);
    }
};

QTEST_MAIN(LossPlotTest)
#include "tst_lossplot.moc"
