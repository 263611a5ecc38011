#include "common/TorchApi.h"

#include "models/MkldnnConvTranspose2d.h"

#include <QtTest>

using namespace genlab::models;
namespace nn = torch::nn;

// The DCGAN generator's upsampling layers are MkldnnConvTranspose2d; they must compute what
// ConvTranspose2d computes, forward and backward, with the same parameters.
class TestMkldnnConvTranspose : public QObject
{
    Q_OBJECT

private:
    struct Case {
        int64_t inChannels;
        int64_t outChannels;
        int64_t kernel;
        int64_t stride;
        int64_t padding;
        int64_t side;
        bool bias;
    };

    static bool close(const at::Tensor& a, const at::Tensor& b)
    {
        // Different kernels sum in different orders: equal up to float rounding of the sums.
        const double scale = std::max(1.0, b.abs().max().item<double>());
        return a.sizes() == b.sizes() && (a - b).abs().max().item<double>() <= 1e-5 * scale;
    }

private slots:
    void matchesConvTranspose2d()
    {
        const std::vector<Case> cases{{64, 32, 4, 2, 1, 7, false},
                                      {32, 16, 4, 2, 1, 14, true},
                                      {8, 3, 3, 1, 1, 5, true},
                                      {6, 4, 5, 2, 2, 9, false},
                                      {32, 1, 4, 2, 1, 14, true}};
        for (const Case& c : cases) {
            torch::manual_seed(3);
            const auto options = nn::ConvTranspose2dOptions(c.inChannels, c.outChannels, c.kernel)
                                     .stride(c.stride)
                                     .padding(c.padding)
                                     .bias(c.bias);
            nn::ConvTranspose2d reference(options);
            MkldnnConvTranspose2d fast(options);
            {
                torch::NoGradGuard noGrad;
                fast->weight.copy_(reference->weight);
                if (c.bias)
                    fast->bias.copy_(reference->bias.normal_());
            }
            const at::Tensor input = torch::randn({5, c.inChannels, c.side, c.side});
            const at::Tensor referenceInput = input.clone().requires_grad_(true);
            const at::Tensor fastInput = input.clone().requires_grad_(true);
            const at::Tensor referenceOutput = reference->forward(referenceInput);
            const at::Tensor fastOutput = fast->forward(fastInput);
            QVERIFY(close(fastOutput, referenceOutput));

            const at::Tensor upstream = torch::randn(referenceOutput.sizes());
            (referenceOutput * upstream).sum().backward();
            (fastOutput * upstream).sum().backward();
            QVERIFY(close(fastInput.grad(), referenceInput.grad()));
            QVERIFY(close(fast->weight.grad(), reference->weight.grad()));
            if (c.bias)
                QVERIFY(close(fast->bias.grad(), reference->bias.grad()));
        }
    }

    void takesMkldnnOnlyWhereItIsFaster()
    {
        if (!at::hasMKLDNN())
            QSKIP("this LibTorch has no MKL-DNN");
        const at::Tensor input = torch::randn({2, 8, 7, 7});
        QVERIFY(MkldnnConvTranspose2d(nn::ConvTranspose2dOptions(8, 4, 4).stride(2).padding(1))
                    ->runsOnMkldnn(input));
        // One output channel: the native path's weight gradient is faster.
        QVERIFY(!MkldnnConvTranspose2d(nn::ConvTranspose2dOptions(8, 1, 4).stride(2).padding(1))
                     ->runsOnMkldnn(input));
        // Options the MKL-DNN route does not cover fall back to ConvTranspose2d's forward.
        QVERIFY(!MkldnnConvTranspose2d(nn::ConvTranspose2dOptions(8, 4, 4).stride(2).output_padding(1))
                     ->runsOnMkldnn(input));
        QVERIFY(!MkldnnConvTranspose2d(nn::ConvTranspose2dOptions(8, 4, 4).groups(2))->runsOnMkldnn(input));
        QVERIFY(
            !MkldnnConvTranspose2d(nn::ConvTranspose2dOptions(8, 4, 4))->runsOnMkldnn(input.to(at::kDouble)));
    }

    void clonesInsideASequential()
    {
        torch::manual_seed(5);
        nn::Sequential net(MkldnnConvTranspose2d(nn::ConvTranspose2dOptions(4, 3, 4).stride(2).padding(1)));
        const auto copy = std::dynamic_pointer_cast<nn::SequentialImpl>(net->clone());
        QVERIFY(copy != nullptr);
        QVERIFY(copy->ptr(0)->as<MkldnnConvTranspose2d>() != nullptr);
        const at::Tensor input = torch::randn({2, 4, 3, 3});
        QVERIFY(torch::equal(copy->forward(input), net->forward(input)));
        // The copy owns its parameters.
        {
            torch::NoGradGuard noGrad;
            copy->ptr(0)->as<MkldnnConvTranspose2d>()->weight.add_(1.0);
        }
        QVERIFY(!torch::equal(copy->forward(input), net->forward(input)));
        // Its parameters keep ConvTranspose2d's names, so checkpoints load either way.
        QCOMPARE(copy->named_parameters().keys(), (std::vector<std::string>{"0.weight", "0.bias"}));
    }
};

QTEST_GUILESS_MAIN(TestMkldnnConvTranspose)
#include "tst_mkldnnconvtranspose.moc"
