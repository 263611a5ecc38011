// The early warning for runs going off: healthy runs pass, blow-ups are found and dated.
#include "training/BlowUpWatch.h"

#include <QRandomGenerator>
#include <QtTest>

#include <cmath>

using genlab::models::StepMetrics;
using genlab::training::BlowUpWatch;

namespace {

StepMetrics losses(double lossD, double lossG, double gradG = 1.0)
{
    return {{QStringLiteral("loss_d"), lossD},
            {QStringLiteral("loss_g"), lossG},
            {QStringLiteral("grad_g"), gradG}};
}

} // namespace

class BlowUpWatchTest : public QObject
{
    Q_OBJECT

private slots:
    // Noisy losses, a critic loss that drifts to a hundred times its start, weights that grow
    // tenfold, a gradient that is sometimes exactly zero: nothing to report.
    void healthyRun_isNeverReported()
    {
        BlowUpWatch watch;
        QRandomGenerator random(3);
        for (int step = 1; step <= 20000; ++step) {
            const double drift = 1.0 + 99.0 * step / 20000.0;
            const double gradient = step % 50 == 0 ? 0.0 : random.generateDouble();
            const auto finding =
                watch.observe(step, losses(0.7 * (0.5 + random.generateDouble()), -drift, gradient),
                              10.0 + 90.0 * step / 20000.0, true);
            QVERIFY2(!finding, qPrintable(finding ? finding->reason : QString()));
        }
    }

    void lossAMillionTimesItsLevel_isReported_datedFromItsFirstSign()
    {
        BlowUpWatch watch;
        int64_t step = 0;
        for (; step < 100; ++step)
            QVERIFY(!watch.observe(step + 1, losses(0.7, 2.0), 10.0, true));
        // Grows tenfold a step from step 101: past 1e4 x its level of 2 at step 105, past 1e6 x at 107.
        std::optional<BlowUpWatch::Finding> finding;
        double loss = 2.0;
        while (!finding && step < 200) {
            ++step;
            loss *= 10.0;
            finding = watch.observe(step, losses(0.7, loss), 10.0, true);
        }
        QVERIFY(finding);
        QCOMPARE(finding->quantity, QStringLiteral("loss_g"));
        QCOMPARE(step, int64_t(107));
        QCOMPARE(finding->since, int64_t(105));
        QVERIFY(finding->reason.contains(QStringLiteral("million")));
    }

    void aSpikeThatComesBack_isNotDatedFromEarlier()
    {
        BlowUpWatch watch;
        for (int step = 1; step <= 50; ++step)
            watch.observe(step, losses(0.7, 1.0), 10.0, true);
        QVERIFY(!watch.observe(51, losses(0.7, 5e4), 10.0, true)); // a spike past the early sign
        QVERIFY(!watch.observe(52, losses(0.7, 1.0), 10.0, true)); // back to normal
        QVERIFY(!watch.observe(60, losses(0.7, 5e4), 10.0, true));
        const auto finding = watch.observe(61, losses(0.7, 5e7), 10.0, true);
        QVERIFY(finding);
        QCOMPARE(finding->since, int64_t(60));
    }

    void weightsAThousandTimesTheirStart_areReported()
    {
        BlowUpWatch watch;
        QVERIFY(!watch.observe(1, losses(0.7, 1.0), 5.0, true));
        QVERIFY(!watch.observe(2, losses(0.7, 1.0), 4000.0, true)); // 800x: an early sign
        const auto finding = watch.observe(3, losses(0.7, 1.0), 6000.0, true);
        QVERIFY(finding);
        QCOMPARE(finding->quantity, QStringLiteral("parameter norm"));
        QCOMPARE(finding->since, int64_t(2));
    }

    void generatorWithoutGradient_isReportedAfterHundredsOfSteps_notCountingDiscriminatorSteps()
    {
        BlowUpWatch watch;
        int64_t step = 1;
        for (; step <= 10; ++step)
            watch.observe(step, losses(0.7, 1.0, 0.5), 10.0, true);
        const int64_t firstZero = step;
        std::optional<BlowUpWatch::Finding> finding;
        for (int i = 0; i < BlowUpWatch::kDeadGradientSteps - 1; ++i, ++step) {
            // Discriminator-only steps in between say nothing about the generator.
            QVERIFY(!watch.observe(step, losses(0.7, 1.0, 0.0), 10.0, true));
            QVERIFY(!watch.observe(step, losses(0.7, 1.0, 0.0), 10.0, false));
        }
        finding = watch.observe(step, losses(0.7, 1.0, 0.0), 10.0, true);
        QVERIFY(finding);
        QCOMPARE(finding->quantity, QStringLiteral("grad_g"));
        QCOMPARE(finding->since, firstZero);
    }

    // The saturating loss's stall: loss_g and grad_g both at zero. That is the lesson of
    // saturating-gan-ring8, not a failure to pause for.
    void zeroGradientAtASaturatedLoss_isNotReported()
    {
        BlowUpWatch watch;
        for (int64_t step = 1; step <= 2 * BlowUpWatch::kDeadGradientSteps; ++step)
            QVERIFY(!watch.observe(step, losses(1e-6, -1e-9, 0.0), 10.0, true));
    }
};

QTEST_APPLESS_MAIN(BlowUpWatchTest)
#include "tst_blowupwatch.moc"
