"""vae-mlp: the vae-fashion preset in plain PyTorch: MLP 784-400-20 VAE on Fashion-MNIST,
BCE (logits, summed) + KL, Adam 3e-3, batch 256, 2 threads (VaeModel::trainStep)."""
import torch
import torch.nn as nn
import torch.nn.functional as F

import common

BATCH, LATENT, WIDTH = 256, 20, 400

args = common.arguments(default_threads=2)
data = common.fashion_mnist_train()
sampler = common.Sampler(data, BATCH)
encoder = common.initialise(nn.Sequential(nn.Flatten(), nn.Linear(784, WIDTH), nn.ReLU(),
                                          nn.Linear(WIDTH, 2 * LATENT)))
decoder = common.initialise(nn.Sequential(nn.Linear(LATENT, WIDTH), nn.ReLU(), nn.Linear(WIDTH, 784),
                                          nn.Unflatten(1, (1, 28, 28))))
parameters = list(encoder.parameters()) + list(decoder.parameters())
optimizer = torch.optim.Adam(parameters, lr=3e-3, betas=(0.9, 0.999))


def step():
    x = sampler.next()
    statistics = encoder(x)
    mu, log_variance = statistics[:, :LATENT], statistics[:, LATENT:]
    z = mu + torch.randn_like(mu) * (log_variance * 0.5).exp()
    output = decoder(z)
    reconstruction = F.binary_cross_entropy_with_logits(output, x, reduction="sum")
    kl = (1.0 + log_variance - mu.square() - log_variance.exp()).sum() * -0.5
    loss = reconstruction + kl
    optimizer.zero_grad(set_to_none=True)
    loss.backward()
    optimizer.step()
    n = x.shape[0]
    return common.metrics([loss / n, reconstruction / n, kl / n])


common.run("vae-mlp", "images/s", BATCH, step, args)
