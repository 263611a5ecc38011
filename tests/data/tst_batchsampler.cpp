#include "common/InputError.h"
#include "common/TorchApi.h"
#include "data/BatchSampler.h"

#include <QtTest>

using genlab::data::Batch;
using genlab::data::BatchSampler;

namespace {

// Samples [N, 2] whose rows are (i, -i) and labels i % 10, so that a batch says which rows it took.
struct Numbered {
    at::Tensor samples;
    at::Tensor labels;
};

Numbered numbered(int64_t count)
{
    const at::Tensor index = torch::arange(count, torch::kFloat32);
    return {torch::stack({index, -index}, 1), torch::arange(count, torch::kInt64).remainder(10)};
}

std::vector<int64_t> rowsOf(const Batch& batch)
{
    const at::Tensor rows = batch.samples.select(1, 0).to(torch::kInt64).contiguous();
    return std::vector<int64_t>(rows.data_ptr<int64_t>(), rows.data_ptr<int64_t>() + rows.numel());
}

std::vector<int64_t> drawRows(BatchSampler& sampler, int batches)
{
    std::vector<int64_t> all;
    for (int i = 0; i < batches; ++i) {
        const auto rows = rowsOf(sampler.next());
        all.insert(all.end(), rows.begin(), rows.end());
    }
    return all;
}

} // namespace

class BatchSamplerTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { at::set_num_threads(1); }

    void next_sameSeed_givesTheSameOrder()
    {
        const Numbered data = numbered(100);
        BatchSampler first(data.samples, data.labels, 10, 7);
        BatchSampler second(data.samples, data.labels, 10, 7);
        QCOMPARE(drawRows(first, 25), drawRows(second, 25));
    }

    void next_otherSeed_givesAnotherOrder()
    {
        const Numbered data = numbered(100);
        BatchSampler first(data.samples, data.labels, 10, 7);
        BatchSampler second(data.samples, data.labels, 10, 8);
        QVERIFY(drawRows(first, 10) != drawRows(second, 10));
    }

    void epoch_visitsEverySampleOnceInAShuffledOrder()
    {
        const Numbered data = numbered(100);
        BatchSampler sampler(data.samples, data.labels, 20, 3);
        std::vector<int64_t> epoch0 = drawRows(sampler, 5);
        QCOMPARE(sampler.epoch(), int64_t(0));
        QCOMPARE(sampler.position(), int64_t(100));
        std::vector<int64_t> epoch1 = drawRows(sampler, 5);
        QCOMPARE(sampler.epoch(), int64_t(1));
        QVERIFY(epoch0 != epoch1); // each epoch is shuffled anew
        std::vector<int64_t> identity(100);
        std::iota(identity.begin(), identity.end(), 0);
        QVERIFY(epoch0 != identity);
        std::sort(epoch0.begin(), epoch0.end());
        std::sort(epoch1.begin(), epoch1.end());
        QCOMPARE(epoch0, identity);
        QCOMPARE(epoch1, identity);
    }

    void next_carriesTheLabelsOfTheSameRows()
    {
        const Numbered data = numbered(50);
        BatchSampler sampler(data.samples, data.labels, 16, 11);
        for (int i = 0; i < 6; ++i) {
            const Batch batch = sampler.next();
            QCOMPARE(batch.labels.scalar_type(), torch::kInt64);
            const auto rows = rowsOf(batch);
            for (size_t j = 0; j < rows.size(); ++j)
                QCOMPARE(batch.labels[int64_t(j)].item<int64_t>(), rows[j] % 10);
        }
    }

    void next_withoutLabels_leavesThemUndefined()
    {
        const Numbered data = numbered(10);
        BatchSampler sampler(data.samples, at::Tensor(), 4, 0);
        const Batch batch = sampler.next();
        QVERIFY(!batch.labels.defined());
        QCOMPARE(batch.samples.size(0), int64_t(4));
    }

    void seek_continuesExactlyWhereASavedRunWas()
    {
        const Numbered data = numbered(90);
        BatchSampler original(data.samples, data.labels, 8, 5);
        drawRows(original, 23); // into epoch 2
        const int64_t epoch = original.epoch();
        const int64_t position = original.position();
        QCOMPARE(epoch, int64_t(2));
        const auto continued = drawRows(original, 30);

        BatchSampler resumed(data.samples, data.labels, 8, 5);
        resumed.seek(epoch, position);
        QCOMPARE(drawRows(resumed, 30), continued);
    }

    void batches_haveTheFullSizeAndTheRemainderWaitsForTheNextEpoch()
    {
        const Numbered data = numbered(10);
        BatchSampler sampler(data.samples, data.labels, 4, 1);
        QCOMPARE(sampler.next().samples.size(0), int64_t(4));
        QCOMPARE(sampler.next().samples.size(0), int64_t(4));
        QCOMPARE(sampler.position(), int64_t(8));
        QCOMPARE(sampler.next().samples.size(0), int64_t(4)); // a new epoch: 2 left over were not enough
        QCOMPARE(sampler.epoch(), int64_t(1));
        QCOMPARE(sampler.position(), int64_t(4));
    }

    void setBatchSize_appliesToTheNextBatch()
    {
        const Numbered data = numbered(100);
        BatchSampler sampler(data.samples, data.labels, 10, 1);
        sampler.next();
        sampler.setBatchSize(25);
        QCOMPARE(sampler.batchSize(), int64_t(25));
        QCOMPARE(sampler.next().samples.size(0), int64_t(25));
        QCOMPARE(sampler.position(), int64_t(35));
        QVERIFY_THROWS_EXCEPTION(genlab::InputError, sampler.setBatchSize(0));
    }

    void dataSmallerThanABatch_givesTheWholeSetEachTime()
    {
        const Numbered data = numbered(3);
        BatchSampler sampler(data.samples, data.labels, 64, 1);
        QCOMPARE(sampler.next().samples.size(0), int64_t(3));
        QCOMPARE(sampler.next().samples.size(0), int64_t(3));
        QCOMPARE(sampler.epoch(), int64_t(1));
    }

    void constructor_mismatchedLabels_reportsError()
    {
        const Numbered data = numbered(10);
        QVERIFY_THROWS_EXCEPTION(genlab::InputError,
                                 BatchSampler(data.samples, data.labels.narrow(0, 0, 9), 4, 0));
        QVERIFY_THROWS_EXCEPTION(genlab::InputError,
                                 BatchSampler(data.samples, data.labels, 4, 0).seek(0, 11));
    }
};

QTEST_GUILESS_MAIN(BatchSamplerTest)
#include "tst_batchsampler.moc"
