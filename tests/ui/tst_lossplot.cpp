#include "ui/training/LossPlot.h"

#include <qcustomplot.h>

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
