#pragma once

// A small VAE for the tests that need a real trained model quickly (the bar images of
// BarImageFolder.h), and the loop that trains it.

#include "training/Trainer.h"

#include <QString>

namespace genlab::testing {

inline training::TrainingConfig tinyVae(const QString& data, int latentDim)
{
    training::TrainingConfig config;
    config.model = QStringLiteral("vae");
    config.data = data;
    config.seed = 9;
    config.steps = 1000;
    config.threads = 1;
    config.settings = {{QStringLiteral("latent_dim"), latentDim},
                       {QStringLiteral("width"), 64},
                       {QStringLiteral("depth"), 1},
                       {QStringLiteral("batch_size"), 32},
                       {QStringLiteral("lr"), 3e-3}};
    return config;
}

inline void trainSteps(training::Trainer& trainer, int steps)
{
    for (int i = 0; i < steps; ++i)
        trainer.step();
}

} // namespace genlab::testing
