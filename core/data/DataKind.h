#pragma once

namespace genlab::data {

// What a data set holds. Its own header so that the window can tell points from images
// without seeing LibTorch.
enum class DataKind { Points2D, Images };

} // namespace genlab::data
