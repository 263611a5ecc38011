"""wgan-gp-toy: GenLab's default WGAN-GP on ring8 in plain PyTorch: G and critic 3x256, latent 2,
Adam 1e-4 (0.5, 0.9), batch 256, 5 critic steps per G step each on its own real slice, gradient
penalty weight 10 on random interpolates with the double backward (AdversarialModel)."""
import torch

import common

BATCH, LATENT, WIDTH, DEPTH, CRITIC_STEPS, GP_WEIGHT = 256, 2, 256, 3, 5, 10.0

args = common.arguments(default_threads=1)
sampler = common.Sampler(common.ring8(), BATCH * CRITIC_STEPS)
generator = common.mlp_generator(LATENT, WIDTH, DEPTH, 2)
critic = common.mlp_discriminator(2, WIDTH, DEPTH)
g_parameters, d_parameters = list(generator.parameters()), list(critic.parameters())
optimizer_g = torch.optim.Adam(g_parameters, lr=1e-4, betas=(0.5, 0.9))
optimizer_d = torch.optim.Adam(d_parameters, lr=1e-4, betas=(0.5, 0.9))


def gradient_penalty(real, fake):
    alpha = torch.rand(real.shape[0], 1)
    interpolates = (fake + alpha * (real - fake)).detach().requires_grad_(True)
    scores = critic(interpolates)
    gradient = torch.autograd.grad(scores.sum(), interpolates, retain_graph=True, create_graph=True)[0]
    norm = gradient.flatten(1).square().sum(1).add(1e-12).sqrt()
    return (norm - 1.0).square().mean() * GP_WEIGHT


def step():
    real_all = sampler.next()
    for i in range(CRITIC_STEPS):
        real = real_all[i * BATCH:(i + 1) * BATCH]
        with torch.no_grad():
            fake = generator(torch.randn(BATCH, LATENT))
        scores = critic(torch.cat([real, fake])).view(-1)
        real_scores, fake_scores = scores[:BATCH], scores[BATCH:]
        penalty = gradient_penalty(real, fake)
        loss_d = fake_scores.mean() - real_scores.mean() + penalty
        optimizer_d.zero_grad(set_to_none=True)
        loss_d.backward()
        optimizer_d.step()

    fake = generator(torch.randn(BATCH, LATENT))
    loss_g = -critic(fake).view(-1).mean()
    optimizer_g.zero_grad(set_to_none=True)
    loss_g.backward(inputs=g_parameters)
    grad_g = common.grad_norm(g_parameters)
    optimizer_g.step()
    real_mean, fake_mean = real_scores.detach().mean(), fake_scores.detach().mean()
    return common.metrics([loss_d, loss_g, real_mean, fake_mean, real_mean - fake_mean, penalty, grad_g])


common.run("wgan-gp-toy", "gsteps/s", 1, step, args)
