#pragma once

#include <QByteArray>
#include <QString>

namespace genlab::models {
class GenerativeModel;
}

namespace genlab::exporting {

// The trained networks as one dictionary that plain PyTorch reads with torch.load (written
// by LibTorch's pickle writer):
//   decoder / encoder / critic          state dictionaries (parameter and buffer name -> tensor)
//   decoder_module / encoder_module ... the equivalent torch.nn module as a Python expression
//                                       over `nn`, e.g. "nn.Sequential(nn.Linear(2, 256), ...)"
//   model, latent_dim, sample_shape     what it is
//   output                              how the decoder's output becomes a sample: "identity",
//                                       "tanh" ((x + 1) / 2) or "logits" (sigmoid)
// Python loads and samples with:
//   w = torch.load("weights.pt")
//   G = eval(w["decoder_module"], {"nn": torch.nn}); G.load_state_dict(w["decoder"]); G.eval()
//   x = G(torch.randn(16, w["latent_dim"]))
class StateDictExport
{
public:
    static QByteArray encode(const models::GenerativeModel& model);
    // Written through a temporary file and a rename; throws InputError when it cannot be.
    static void write(const QString& file, const models::GenerativeModel& model);
};

} // namespace genlab::exporting
