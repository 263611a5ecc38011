#pragma once

namespace genlab {

// Keeps training's large temporaries (activations and gradients of a few hundred KiB to a few
// MiB, freed and allocated again every step) on the malloc heap. By default glibc maps every
// block above 128 KiB fresh from the kernel and unmaps it when freed, so each step pays
// page faults for memory it just gave back: a third of a VAE step on this VM (measured with
// perf; the plain-PyTorch reference loses 3x to it). Process-wide; safe to call repeatedly.
void tuneAllocatorForTraining();

// Hands the heap's free pages back to the kernel (all threads' arenas). For background jobs
// that allocate a lot once in a while (classifying 1,000 samples, principal directions): with
// the tuning above their freed temporaries would otherwise stay resident (peak-rss benchmark).
void releaseFreeMemory();

} // namespace genlab
