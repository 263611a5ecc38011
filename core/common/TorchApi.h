#pragma once

#ifdef GENLAB_UI_LAYER
#error "the ui layer never includes LibTorch: pass Qt value types from core instead"
#endif

// The one way into LibTorch. Qt defines `slots` as a macro, and ATen has a member function
// called slots(); hiding the macro while the torch headers are read lets both coexist.
// (QT_NO_KEYWORDS would also work, but qcustomplot.h relies on the keyword.)
#pragma push_macro("slots")
#undef slots
#include <torch/torch.h>
#pragma pop_macro("slots")
