"""toy-gan: GenLab's default MLP GAN on ring8 in plain PyTorch: G and D 3x256 (ReLU / LeakyReLU
0.2), latent 2, Adam 2e-4 (0.5, 0.999), batch 256, one D step per G step, non-saturating
generator loss, D scoring real and fake in one batch (AdversarialModel::trainStep)."""
import torch
import torch.nn.functional as F

import common

BATCH, LATENT, WIDTH, DEPTH = 256, 2, 256, 3

args = common.arguments(default_threads=1)
sampler = common.Sampler(common.ring8(), BATCH)
generator = common.mlp_generator(LATENT, WIDTH, DEPTH, 2)
discriminator = common.mlp_discriminator(2, WIDTH, DEPTH)
g_parameters, d_parameters = list(generator.parameters()), list(discriminator.parameters())
optimizer_g = torch.optim.Adam(g_parameters, lr=2e-4, betas=(0.5, 0.999))
optimizer_d = torch.optim.Adam(d_parameters, lr=2e-4, betas=(0.5, 0.999))


def step():
    real = sampler.next()
    with torch.no_grad():
        fake = generator(torch.randn(BATCH, LATENT))
    scores = discriminator(torch.cat([real, fake])).view(-1)
    real_scores, fake_scores = scores[:BATCH], scores[BATCH:]
    loss_d = F.softplus(-real_scores).mean() + F.softplus(fake_scores).mean()
    optimizer_d.zero_grad(set_to_none=True)
    loss_d.backward()
    optimizer_d.step()

    fake = generator(torch.randn(BATCH, LATENT))
    loss_g = F.softplus(-discriminator(fake).view(-1)).mean()
    optimizer_g.zero_grad(set_to_none=True)
    loss_g.backward(inputs=g_parameters)  # only G's gradients, as GenLab does
    grad_g = common.grad_norm(g_parameters)
    optimizer_g.step()
    return common.metrics([loss_d, loss_g, real_scores.detach().sigmoid().mean(),
                           fake_scores.detach().sigmoid().mean(), grad_g])


common.run("toy-gan", "gsteps/s", 1, step, args)
