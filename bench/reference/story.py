"""story-NAME: a 2-D story preset (resources/presets/NAME.json) in plain PyTorch.

Reads the same preset file GenLab trains from and runs its recipe the way AdversarialModel does:
gan (saturating or non-saturating generator loss), vigan (lambda * ||G(z) - G_old(z)||^2, G_old
refreshed before every k-th generator update), wgan-gp (penalty on random interpolates), each
optionally packing m samples for the discriminator (PacGAN); the preset's optimiser, batch,
critic steps and learning-rate schedule; D scores real and fake in one batch. Every `every`
steps of the verdict it scores 2,500 samples from fixed noise as core/metrics/ModeCoverage does
(modes, hq, top2_share), judges the preset's verdict, and prints one line:

  story-NAME pytorch=<seconds of the whole recipe> unit=s steps=N told_step=S told_seconds=T ...

Run from bench/reference: python3 story.py ../../resources/presets/vigan-ring8.json --seed 1
"""
import argparse
import json
import math
import os
import time

import torch
import torch.nn.functional as F

import common


def arguments():
    parser = argparse.ArgumentParser()
    parser.add_argument("preset")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--steps", type=int, default=0, help="override the preset's steps")
    parser.add_argument("--set", action="append", default=[], help="NAME=VALUE, as genlab's --set")
    parser.add_argument("--until-story", action="store_true", help="stop once the verdict holds")
    parser.add_argument("--verbose", action="store_true", help="print every evaluation")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    return args


def mixture(name, count):
    if name == "ring8":
        centres = [(math.cos(2 * math.pi * i / 8), math.sin(2 * math.pi * i / 8)) for i in range(8)]
        sigma = 0.01
    elif name == "grid25":
        centres = [(2.0 * i, 2.0 * j) for i in range(-2, 3) for j in range(-2, 3)]
        sigma = 0.05
    else:
        raise SystemExit(f"story.py: data {name!r} is not ring8 or grid25")
    centres = torch.tensor(centres, dtype=torch.float32)
    which = torch.randint(len(centres), (count,))
    return centres[which] + torch.randn(count, 2) * sigma, centres, sigma


def coverage(points, centres, sigma):
    distances = torch.cdist(points.double(), centres.double())
    nearest, mode = distances.min(1)
    good = nearest <= 3.0 * sigma
    counts = torch.bincount(mode[good], minlength=len(centres))
    nearest_counts = torch.bincount(mode, minlength=len(centres)).double()
    top2 = nearest_counts.topk(min(2, len(centres)))[0].sum().item() / len(points)
    return {"modes": int((counts > 0).sum()), "hq": good.double().mean().item(), "top2_share": top2}


class Verdict:
    """StoryVerdict + VerdictWatch for the 2-D figures and the step metrics."""

    def __init__(self, spec):
        self.every = spec.get("every", 1)
        self.hold = spec.get("hold_steps", 0)
        self.conditions = spec["all"]
        self.since = None
        self.below_run = {}
        self.told = None

    def figures_wanted(self, step, last):
        return any("figure" in c for c in self.conditions) and (step % self.every == 0 or last)

    def observe(self, step, metrics, figures):
        ok = True
        for c in self.conditions:
            if "metric" in c:
                run = self.below_run.get(c["metric"], 0)
                run = run + 1 if metrics[c["metric"]] < c["below"] else 0
                self.below_run[c["metric"]] = run
                ok = ok and run >= c["for_steps"]
            elif figures is None:
                return False
            else:
                value = figures[c["figure"]]
                ok = ok and ("at_least" not in c or value >= c["at_least"]) and (
                    "at_most" not in c or value <= c["at_most"])
        if not any("figure" in c for c in self.conditions):
            return ok
        if not ok:
            self.since = None
            return False
        if self.since is None:
            self.since = step
        return step - self.since >= self.hold


class Story:
    def __init__(self, preset, settings):
        self.kind = preset["model"]
        s = settings
        self.latent, self.batch = int(s.get("latent_dim", 2)), int(s.get("batch_size", 256))
        self.pack = int(s.get("pack", 1))
        self.d_steps = int(s.get("d_steps", 5 if self.kind == "wgan-gp" else 1))
        self.saturating = s.get("g_loss", "non_saturating") == "saturating"
        self.gp_weight = float(s.get("gp_weight", 10.0))
        self.vi_lambda, self.vi_period = float(s.get("vi_lambda", 5.0)), int(s.get("vi_period", 5))
        width, depth = int(s.get("width", 256)), int(s.get("depth", 3))
        self.generator = common.mlp_generator(self.latent, width, depth, 2)
        self.discriminator = common.mlp_discriminator(2 * self.pack, width, depth)
        self.anchor = common.mlp_generator(self.latent, width, depth, 2) if self.kind == "vigan" else None
        self.g_parameters = list(self.generator.parameters())
        self.d_parameters = list(self.discriminator.parameters())
        self.optimizer_g = self.optimizer(s, self.g_parameters, float(s.get("lr_g", 2e-4)))
        self.optimizer_d = self.optimizer(s, self.d_parameters, float(s.get("lr_d", 2e-4)))
        self.g_updates = 0

    @staticmethod
    def optimizer(s, parameters, lr):
        name = s.get("optimizer", "adam")
        if name == "adam":
            return torch.optim.Adam(parameters, lr=lr, betas=(float(s.get("beta1", 0.5)), float(s.get("beta2", 0.999))))
        if name == "sgd":
            return torch.optim.SGD(parameters, lr=lr, momentum=float(s.get("momentum", 0.0)))
        return torch.optim.RMSprop(parameters, lr=lr, momentum=float(s.get("momentum", 0.0)))

    def set_lr(self, name, value):
        optimizer = self.optimizer_g if name == "lr_g" else self.optimizer_d
        for group in optimizer.param_groups:
            group["lr"] = value

    def packed(self, x):
        packs = x.shape[0] // self.pack
        return x[:packs * self.pack].reshape(packs, 2 * self.pack)

    def d_update(self, real):
        with torch.no_grad():
            fake = self.packed(self.generator(torch.randn(real.shape[0], self.latent)))
        real = self.packed(real)
        scores = self.discriminator(torch.cat([real, fake])).view(-1)
        real_scores, fake_scores = scores[:real.shape[0]], scores[real.shape[0]:]
        if self.kind == "wgan-gp":
            loss = fake_scores.mean() - real_scores.mean()
            alpha = torch.rand(real.shape[0], 1)
            mixed = (fake + alpha * (real - fake)).detach().requires_grad_(True)
            gradient = torch.autograd.grad(self.discriminator(mixed).sum(), mixed, create_graph=True)[0]
            loss = loss + (gradient.square().sum(1).add(1e-12).sqrt() - 1).square().mean() * self.gp_weight
        else:
            loss = F.softplus(-real_scores).mean() + F.softplus(fake_scores).mean()
        self.optimizer_d.zero_grad(set_to_none=True)
        loss.backward()
        self.optimizer_d.step()
        return loss

    def g_update(self):
        z = torch.randn(self.batch, self.latent)
        fake = self.generator(z)
        scores = self.discriminator(self.packed(fake)).view(-1)
        if self.kind == "wgan-gp":
            loss = -scores.mean()
        elif self.saturating:
            loss = -F.softplus(scores).mean()
        else:
            loss = F.softplus(-scores).mean()
        total = loss
        if self.anchor is not None:
            if self.g_updates % self.vi_period == 0:
                self.anchor.load_state_dict(self.generator.state_dict())
            with torch.no_grad():
                anchored = self.anchor(z)
            total = loss + (fake - anchored).square().sum(1).mean() * self.vi_lambda
        self.optimizer_g.zero_grad(set_to_none=True)
        total.backward(inputs=self.g_parameters)
        grad_g = common.grad_norm(self.g_parameters)
        self.optimizer_g.step()
        self.g_updates += 1
        return loss, grad_g

    def step(self, real_all):
        slice_ = min(real_all.shape[0] // self.d_steps, self.batch)
        for i in range(self.d_steps):
            loss_d = self.d_update(real_all[i * slice_:(i + 1) * slice_])
        loss_g, grad_g = self.g_update()
        values = common.metrics([loss_d, loss_g, grad_g])
        return {"loss_d": values[0], "loss_g": values[1], "grad_g": values[2]}


def main():
    args = arguments()
    with open(args.preset) as f:
        preset = json.load(f)
    name = os.path.splitext(os.path.basename(args.preset))[0]
    settings = dict(preset["settings"])
    for assignment in args.set:
        key, value = assignment.split("=", 1)
        settings[key] = value
    steps = args.steps or preset["steps"]
    schedule = {int(change["step"]): change["settings"] for change in preset.get("schedule", [])}

    data, centres, sigma = mixture(preset["data"], 50000)
    story = Story(preset, settings)
    sampler = common.Sampler(data, story.batch * story.d_steps)
    evaluation_noise = torch.randn(2500, story.latent)
    verdict = Verdict(preset["verdict"])
    figures = None

    start = time.perf_counter()
    for step in range(steps):
        for key, value in schedule.get(step, {}).items():
            if key in ("lr_g", "lr_d"):
                story.set_lr(key, float(value))
        metrics = story.step(sampler.next())
        done = step + 1
        last = done == steps
        if verdict.told is None:
            figures = None
            if verdict.figures_wanted(done, last):
                with torch.no_grad():
                    figures = coverage(story.generator(evaluation_noise), centres, sigma)
                if args.verbose:
                    print(f"  step {done} {time.perf_counter() - start:.1f}s {figures} grad_g {metrics['grad_g']:.4g}",
                          flush=True)
            if verdict.observe(done, metrics, figures):
                verdict.told = (done, time.perf_counter() - start)
                if args.until_story:
                    break
    seconds = time.perf_counter() - start
    with torch.no_grad():
        final = coverage(story.generator(evaluation_noise), centres, sigma)
    told = f"told_step={verdict.told[0]} told_seconds={verdict.told[1]:.2f}" if verdict.told else "told_step=none"
    print(f"story-{name} pytorch={seconds:.2f} unit=s steps={done} {told} modes={final['modes']} "
          f"hq={final['hq']:.3f} top2_share={final['top2_share']:.3f} threads={args.threads} seed={args.seed}",
          flush=True)


if __name__ == "__main__":
    main()
