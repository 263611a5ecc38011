"""dcgan-mnist: the dcgan-mnist preset in plain PyTorch: DCGAN-style conv nets (latent 64,
32 channels at the data side, doubled inwards; batch norm in G and in D's inner stage), MNIST
digits scaled to [-1, 1], Adam 2e-4 (0.5, 0.999), batch 64, D seeing real and fake batches
separately (batch norm), non-saturating generator loss, 2 threads (AdversarialModel)."""
import torch
import torch.nn as nn
import torch.nn.functional as F

import common

BATCH, LATENT, CHANNELS = 64, 64, 32

args = common.arguments(default_threads=2)
sampler = common.Sampler(common.mnist_digits(), BATCH)
inner = CHANNELS * 2
generator = common.initialise(nn.Sequential(
    nn.Linear(LATENT, inner * 7 * 7), nn.Unflatten(1, (inner, 7, 7)), nn.BatchNorm2d(inner), nn.ReLU(),
    nn.ConvTranspose2d(inner, CHANNELS, 4, 2, 1, bias=False), nn.BatchNorm2d(CHANNELS), nn.ReLU(),
    nn.ConvTranspose2d(CHANNELS, 1, 4, 2, 1, bias=True), nn.Tanh()))
discriminator = common.initialise(nn.Sequential(
    nn.Conv2d(1, CHANNELS, 4, 2, 1, bias=True), nn.LeakyReLU(common.LEAKY_SLOPE),
    nn.Conv2d(CHANNELS, inner, 4, 2, 1, bias=False), nn.BatchNorm2d(inner), nn.LeakyReLU(common.LEAKY_SLOPE),
    nn.Flatten(), nn.Linear(inner * 7 * 7, 1)))
g_parameters, d_parameters = list(generator.parameters()), list(discriminator.parameters())
optimizer_g = torch.optim.Adam(g_parameters, lr=2e-4, betas=(0.5, 0.999))
optimizer_d = torch.optim.Adam(d_parameters, lr=2e-4, betas=(0.5, 0.999))


def step():
    real = sampler.next() * 2.0 - 1.0
    with torch.no_grad():
        fake = generator(torch.randn(BATCH, LATENT))
    real_scores = discriminator(real).view(-1)
    fake_scores = discriminator(fake).view(-1)
    loss_d = F.softplus(-real_scores).mean() + F.softplus(fake_scores).mean()
    optimizer_d.zero_grad(set_to_none=True)
    loss_d.backward()
    optimizer_d.step()

    fake = generator(torch.randn(BATCH, LATENT))
    loss_g = F.softplus(-discriminator(fake).view(-1)).mean()
    optimizer_g.zero_grad(set_to_none=True)
    loss_g.backward(inputs=g_parameters)
    grad_g = common.grad_norm(g_parameters)
    optimizer_g.step()
    return common.metrics([loss_d, loss_g, real_scores.detach().sigmoid().mean(),
                           fake_scores.detach().sigmoid().mean(), grad_g])


common.run("dcgan-mnist", "images/s", BATCH, step, args)
