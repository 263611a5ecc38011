#include "common/TorchApi.h"

#include "models/ComputeThreads.h"
#include "models/FusedAdam.h"

#include <QtTest>

using namespace genlab::models;

// FusedAdam replaces torch::optim::Adam in every model; the presets' measured figures hold only
// if it gives the same bits.
class TestFusedAdam : public QObject
{
    Q_OBJECT

private:
    // Parameters of the shapes the models have, including sizes that are not a multiple of a
    // vector register (ATen's kernels round a loop's tail differently if at all).
    static std::vector<at::Tensor> parameters(uint64_t seed)
    {
        torch::manual_seed(static_cast<int64_t>(seed));
        std::vector<at::Tensor> result;
        for (const std::vector<int64_t>& shape :
             std::vector<std::vector<int64_t>>{{1}, {2}, {5}, {40}, {128, 2}, {7, 3}, {400, 784}, {33, 129}})
            result.push_back(torch::randn(shape).requires_grad_(true));
        return result;
    }

    static void setGradients(std::vector<at::Tensor>& values, int step)
    {
        torch::manual_seed(1000 + step);
        for (at::Tensor& value : values) {
            // Gradients of very different sizes, as a real network's are.
            value.mutable_grad() = torch::randn(value.sizes()) * std::pow(10.0, step % 5 - 3);
        }
    }

    static void compareAfterSteps(const torch::optim::AdamOptions& options, int steps)
    {
        std::vector<at::Tensor> torchValues = parameters(7);
        std::vector<at::Tensor> fusedValues = parameters(7);
        torch::optim::Adam reference(torchValues, options);
        FusedAdam fused(fusedValues, options);
        for (int step = 0; step < steps; ++step) {
            setGradients(torchValues, step);
            setGradients(fusedValues, step);
            reference.step();
            fused.step();
        }
        for (size_t i = 0; i < torchValues.size(); ++i) {
            const int64_t differing = torchValues[i].ne(fusedValues[i]).sum().item<int64_t>();
            QVERIFY2(differing == 0,
                     qPrintable(QStringLiteral("parameter %1 (%2 elements): %3 elements differ")
                                    .arg(i)
                                    .arg(torchValues[i].numel())
                                    .arg(differing)));
        }
        // The parameters moved: the comparison is of updates, not of untouched values.
        QVERIFY(!torch::equal(torchValues.back(), parameters(7).back()));
    }

private slots:
    void initTestCase() { setComputeThreads(2); }

    void fusedAdam_givesTorchAdamsBits()
    {
        compareAfterSteps(torch::optim::AdamOptions(1e-3).betas({0.5, 0.999}), 30);
    }

    void fusedAdam_withWeightDecay_givesTorchAdamsBits()
    {
        compareAfterSteps(torch::optim::AdamOptions(3e-4).weight_decay(1e-2), 12);
    }

    void fusedAdam_withAmsgrad_defersToTorch()
    {
        compareAfterSteps(torch::optim::AdamOptions(1e-3).amsgrad(true), 5);
    }

    void fusedAdam_withClosure_runsItOnceAndMatchesTorch()
    {
        // A closure makes the gradients inside step(): it runs once, also when the step is
        // handed to torch (amsgrad), and the loss comes back.
        for (const bool amsgrad : {false, true}) {
            at::Tensor reference = torch::tensor({1.0f, -2.0f, 3.0f}).requires_grad_(true);
            at::Tensor fused = reference.detach().clone().requires_grad_(true);
            torch::optim::Adam torchAdam({reference}, torch::optim::AdamOptions(0.1).amsgrad(amsgrad));
            FusedAdam fusedAdam({fused}, torch::optim::AdamOptions(0.1).amsgrad(amsgrad));
            int calls = 0;
            const auto lossOf = [&calls](at::Tensor& value) {
                return [&calls, &value] {
                    ++calls;
                    value.mutable_grad() = at::Tensor();
                    at::Tensor loss = value.square().sum();
                    loss.backward();
                    return loss;
                };
            };
            for (int step = 0; step < 5; ++step) {
                torchAdam.step(lossOf(reference));
                const int before = calls;
                const at::Tensor loss = fusedAdam.step(lossOf(fused));
                QCOMPARE(calls, before + 1);
                QVERIFY(loss.defined());
            }
            QVERIFY(torch::equal(reference, fused));
            QVERIFY(!torch::equal(fused, torch::tensor({1.0f, -2.0f, 3.0f})));
        }
    }

    void fusedAdam_stateSavedAndLoaded_continuesAsTorchAdam()
    {
        // A checkpoint written by one optimiser continues in the other.
        std::vector<at::Tensor> torchValues = parameters(3);
        std::vector<at::Tensor> fusedValues = parameters(3);
        torch::optim::Adam reference(torchValues, torch::optim::AdamOptions(1e-3));
        torch::optim::Adam before(fusedValues, torch::optim::AdamOptions(1e-3));
        for (int step = 0; step < 4; ++step) {
            setGradients(torchValues, step);
            setGradients(fusedValues, step);
            reference.step();
            before.step();
        }
        torch::serialize::OutputArchive archive;
        before.save(archive);
        std::ostringstream bytes;
        archive.save_to(bytes);
        FusedAdam after(fusedValues, torch::optim::AdamOptions(1e-3));
        torch::serialize::InputArchive input;
        std::istringstream in(bytes.str());
        input.load_from(in);
        after.load(input);
        for (int step = 4; step < 8; ++step) {
            setGradients(torchValues, step);
            setGradients(fusedValues, step);
            reference.step();
            after.step();
        }
        for (size_t i = 0; i < torchValues.size(); ++i)
            QVERIFY(torch::equal(torchValues[i], fusedValues[i]));
    }
};

QTEST_GUILESS_MAIN(TestFusedAdam)
#include "tst_fusedadam.moc"
