#pragma once

namespace genlab::models {

// Which networks a step updates. Both = the model's usual step (d_steps discriminator/critic
// updates, each on its own slice of the real batch, then one generator update; for VAEs the
// single update). DiscriminatorOnly = one discriminator update; GeneratorOnly = one generator
// update. VAEs do their full step for every part. (Its own header: the window sends it.)
enum class StepPart { Both, DiscriminatorOnly, GeneratorOnly };

} // namespace genlab::models
