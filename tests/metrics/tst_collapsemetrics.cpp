// The metric functions of the mode-collapse lab on hand-made histograms, batches and series.
#include "common/InputError.h"
#include "metrics/ClassHistogram.h"
#include "metrics/CollapseAlarm.h"
#include "metrics/FrechetDistance.h"
#include "metrics/SampleDiversity.h"

#include <QtTest>

#include <cmath>
#include <random>

using namespace genlab::metrics;

namespace {

QVector<float> gaussianRows(int count, int dimension, double mean, double sigma, unsigned seed)
{
    std::mt19937 engine(seed);
    std::normal_distribution<double> normal(mean, sigma);
    QVector<float> rows(count * dimension);
    for (float& value : rows)
        value = float(normal(engine));
    return rows;
}

QVector<double> noisySeries(int count, double level, double sigma, unsigned seed)
{
    std::mt19937 engine(seed);
    std::normal_distribution<double> normal(level, sigma);
    QVector<double> series;
    for (int i = 0; i < count; ++i)
        series << normal(engine);
    return series;
}

} // namespace

class CollapseMetricsTest : public QObject
{
    Q_OBJECT

private slots:
    void classHistogram_evenSpread_coversAllWithZeroKl()
    {
        QVector<int> labels;
        for (int i = 0; i < 1000; ++i)
            labels << i % 10;
        const ClassCoverage coverage = ClassHistogram::evaluate(labels, 10);
        QCOMPARE(coverage.covered, 10);
        QCOMPARE(coverage.total, 1000);
        QCOMPARE(coverage.counts[7], 100);
        QVERIFY(std::abs(coverage.klToUniform) < 1e-12);
    }

    void classHistogram_allOneClass_coversOneWithLogClassesKl()
    {
        const ClassCoverage coverage = ClassHistogram::evaluate(QVector<int>(500, 3), 10);
        QCOMPARE(coverage.covered, 1);
        QVERIFY(std::abs(coverage.klToUniform - std::log(10.0)) < 1e-12);
    }

    void classHistogram_twoEqualClasses_klIsLogOfFive()
    {
        // p = (1/2, 1/2, 0, ...): KL = 2 * 1/2 * log(1/2 * 10) = log 5.
        const ClassCoverage coverage = ClassHistogram::fromCounts({50, 0, 0, 50, 0, 0, 0, 0, 0, 0});
        QCOMPARE(coverage.covered, 2);
        QVERIFY(std::abs(coverage.klToUniform - std::log(5.0)) < 1e-12);
    }

    void classHistogram_minCount_ignoresStrayClasses()
    {
        const ClassCoverage coverage = ClassHistogram::fromCounts({97, 1, 2, 0}, 2);
        QCOMPARE(coverage.covered, 2);
    }

    void classHistogram_noClasses_reportsError()
    {
        QVERIFY_THROWS_EXCEPTION(genlab::InputError, ClassHistogram::evaluate({1, 2}, 0));
    }

    void diversity_identicalSamples_isZero()
    {
        QVector<float> rows;
        for (int i = 0; i < 8; ++i)
            rows << 0.1f << 0.5f << 0.9f;
        QCOMPARE(SampleDiversity::meanPairwiseDistance(rows, 3), 0.0);
    }

    void diversity_twoOppositeImages_isOne()
    {
        // All-black and all-white: every pixel differs by 1, so the RMS difference is 1.
        QVector<float> rows(2 * 16, 0.0f);
        std::fill(rows.begin() + 16, rows.end(), 1.0f);
        QVERIFY(std::abs(SampleDiversity::meanPairwiseDistance(rows, 16) - 1.0) < 1e-12);
    }

    void diversity_knownTriangle_isMeanOfSides()
    {
        // Points (0,0), (3,0), (0,4) in 2-D: sides 3, 4, 5; mean 4, divided by sqrt 2.
        const QVector<float> rows{0, 0, 3, 0, 0, 4};
        QVERIFY(std::abs(SampleDiversity::meanPairwiseDistance(rows, 2) - 4.0 / std::sqrt(2.0)) < 1e-12);
    }

    void diversity_oneSample_reportsError()
    {
        QVERIFY_THROWS_EXCEPTION(genlab::InputError, SampleDiversity::meanPairwiseDistance({1, 2, 3}, 3));
    }

    void frechet_sameSet_isZero()
    {
        const QVector<float> a = gaussianRows(400, 4, 0.0, 1.0, 1);
        QVERIFY(FrechetDistance::between(a, a, 4) < 1e-6);
    }

    void frechet_shiftedMean_isSquaredShift()
    {
        // Same covariance, means apart by (2, 0, 0): distance 4 exactly.
        const QVector<float> a = gaussianRows(300, 3, 0.0, 1.0, 2);
        QVector<float> b = a;
        for (int i = 0; i < b.size(); i += 3)
            b[i] += 2.0f;
        QVERIFY(std::abs(FrechetDistance::between(a, b, 3) - 4.0) < 1e-4);
    }

    void frechet_scaledSpread_matchesGaussianFormula()
    {
        // Centred sets with covariances I and 4I (b = 2a): the trace term is
        // d * (1 + 4 - 2 * 2) = d, and the means are equal.
        QVector<float> a = gaussianRows(2000, 2, 0.0, 1.0, 3);
        // Centre a exactly so the mean term vanishes for b = 2a as well.
        for (int k = 0; k < 2; ++k) {
            double mean = 0;
            for (int i = k; i < a.size(); i += 2)
                mean += a[i];
            mean /= a.size() / 2;
            for (int i = k; i < a.size(); i += 2)
                a[i] -= float(mean);
        }
        QVector<float> b = a;
        for (float& value : b)
            value *= 2.0f;
        // For a sample covariance S, the formula gives Tr(S + 4S - 2 * 2S) = Tr(S), about 2.
        double traceS = 0;
        for (float value : a)
            traceS += double(value) * value;
        traceS /= (a.size() / 2 - 1);
        QVERIFY(std::abs(FrechetDistance::between(a, b, 2) - traceS) < 1e-3);
        QVERIFY(std::abs(traceS - 2.0) < 0.2);
    }

    void frechet_wrongSize_reportsError()
    {
        QVERIFY_THROWS_EXCEPTION(genlab::InputError, FrechetDistance::between({1, 2, 3}, {1, 2, 3, 4}, 2));
    }

    void alarm_noisyFlatSeries_neverFires()
    {
        CollapseAlarm alarm;
        const QVector<double> series = noisySeries(500, 8.0, 0.4, 7);
        for (double value : series)
            QVERIFY(!alarm.add(value));
    }

    void alarm_noisyHqSeries_neverFires()
    {
        CollapseAlarm alarm;
        for (double value : noisySeries(500, 0.8, 0.04, 11))
            QVERIFY(!alarm.add(value));
    }

    void alarm_sharpDrop_firesOnceWhenConfirmed()
    {
        CollapseAlarm alarm; // two low values in a row confirm a drop
        QVector<double> series = noisySeries(40, 8.0, 0.3, 5);
        series += noisySeries(40, 2.0, 0.3, 6);
        int firings = 0;
        int firstFiring = -1;
        for (int i = 0; i < series.size(); ++i)
            if (alarm.add(series[i])) {
                ++firings;
                if (firstFiring < 0)
                    firstFiring = i;
            }
        QCOMPARE(firings, 1);
        QCOMPARE(firstFiring, 41);
    }

    void alarm_oneConfirmation_firesAtTheFirstLowValue()
    {
        CollapseAlarm::Settings settings;
        settings.confirmations = 1;
        CollapseAlarm alarm(settings);
        for (int i = 0; i < 10; ++i)
            QVERIFY(!alarm.add(8));
        QVERIFY(alarm.add(2));
    }

    void alarm_singleDip_doesNotFire()
    {
        // 8 8 8 ... 2 8 8 ... 1 8: one-frame dips are jitter of the coverage count.
        CollapseAlarm alarm;
        for (int round = 0; round < 5; ++round) {
            for (int i = 0; i < 10; ++i)
                QVERIFY(!alarm.add(8));
            QVERIFY(!alarm.add(round % 2 ? 2 : 1));
        }
        QCOMPARE(alarm.baseline(), 8.0);
    }

    void alarm_fallSmallerThanMinimum_doesNotFire()
    {
        // One stray mode lost (1 -> 0) is a 100% drop, but not the two modes asked for.
        CollapseAlarm::Settings settings;
        settings.minimumFall = 2.0;
        CollapseAlarm alarm(settings);
        for (int i = 0; i < 6; ++i)
            QVERIFY(!alarm.add(1));
        QVERIFY(!alarm.add(0));
        QVERIFY(!alarm.add(0));
        QVERIFY(!alarm.add(0));
        CollapseAlarm modes(settings);
        for (int i = 0; i < 6; ++i)
            QVERIFY(!modes.add(8));
        QVERIFY(!modes.add(5));
        QVERIFY(modes.add(5));
    }

    void alarm_dropDuringWarmUp_doesNotFire()
    {
        CollapseAlarm alarm;
        QVERIFY(!alarm.add(8));
        QVERIFY(!alarm.add(1));
        QVERIFY(!alarm.add(1));
    }

    void alarm_slowSlide_firesOnceFarEnoughBelow()
    {
        // 8 modes falling by one every value: the median of recent values trails the fall.
        CollapseAlarm alarm;
        for (int i = 0; i < 10; ++i)
            QVERIFY(!alarm.add(8));
        bool fired = false;
        for (double value = 7; value >= 1; value -= 1)
            fired = alarm.add(value) || fired;
        QVERIFY(fired);
    }
};

QTEST_GUILESS_MAIN(CollapseMetricsTest)
#include "tst_collapsemetrics.moc"
