# `cmake --install build` puts the program, its desktop entry and its icon under the prefix;
# `cpack --config build/CPackConfig.cmake` (or `cmake --build build --target package`) wraps
# the same files in a Debian package whose Depends come from the libraries the program links
# (dpkg-shlibdeps) plus OpenBLAS, which LibTorch loads at run time without linking it.
include(GNUInstallDirs)
install(TARGETS genlab RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${CMAKE_SOURCE_DIR}/resources/genlab.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_SOURCE_DIR}/resources/genlab.png
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/64x64/apps)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME genlab)
set(CPACK_PACKAGE_VENDOR "GenLab")
set(CPACK_PACKAGE_CONTACT "GenLab developers <genlab@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop laboratory for generative models (VAE, GAN, WGAN, VI-GAN, VAE-GAN)")
set(CPACK_PACKAGE_DESCRIPTION "Pick a data set and a model, press Train and watch it learn: loss curves, \
samples from fixed noise, the latent space, mode collapse and its remedies. The same engine runs headless \
from the command line.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# OpenBLAS: without it LibTorch falls back to reference BLAS and trains about 13 times slower.
# qt6-qpa-plugins: the platform plugins (xcb, wayland) a window needs; Qt loads them at run time.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libopenblas0-openmp, qt6-qpa-plugins")
# The Fashion-MNIST data set, Chinese glyphs, and Qt's own dialogs in Chinese.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "dataset-fashion-mnist, fonts-noto-cjk, qt6-translations-l10n")
include(CPack)
