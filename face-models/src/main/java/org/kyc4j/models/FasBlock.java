package org.kyc4j.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Activation;
import org.kyc4j.models.internal.StateDict;

/**
 * MiniFASNet's depthwise-separable block (upstream's {@code Depth_Wise}): a 1x1 expansion with
 * PReLU, a 3x3 depthwise convolution with PReLU, a linear 1x1 projection, then for V1SE's last
 * block of a stage a squeeze-and-excitation gate, and the input added back when the block is
 * residual. Immutable and thread-safe while its weights are open.
 *
 * @param se the gate's two folded 1x1 convolutions ({@code fc1} then ReLU, {@code fc2} then
 *     sigmoid), or null for none
 */
record FasBlock(FasConv expand, FasConv depthwise, FasConv project, boolean residual,
    FasConv[] se) implements FasLayer {
  /** SE's channel reduction in upstream's {@code ResidualSE}. */
  static final int SE_REDUCTION = 4;

  /**
   * Reads block {@code name} whose channels are {@code keep[j] -> keep[j+1] -> keep[j+2] ->
   * keep[j+3]}, with a gate when {@code se} (which needs {@code residual}).
   */
  static FasBlock read(StateDict dict, String name, int[] keep, int j, int stride,
      boolean residual, boolean se, NDManager manager) {
    FasConv expand = FasConv.fold(dict, name + ".conv.conv", name + ".conv.bn",
        name + ".conv.prelu", new FasConv.Spec(keep[j], keep[j + 1], 1, 1, false, true), manager);
    FasConv depthwise = FasConv.fold(dict, name + ".conv_dw.conv", name + ".conv_dw.bn",
        name + ".conv_dw.prelu", new FasConv.Spec(keep[j + 1], keep[j + 2], 3, stride, true, true),
        manager);
    FasConv project = FasConv.fold(dict, name + ".project.conv", name + ".project.bn", null,
        new FasConv.Spec(keep[j + 2], keep[j + 3], 1, 1, false, false), manager);
    if (residual && keep[j] != keep[j + 3]) {
      throw new IllegalArgumentException("block " + name + " maps " + keep[j] + " channels to "
          + keep[j + 3] + "; a residual block keeps them");
    }
    return new FasBlock(expand, depthwise, project, residual,
        se ? gate(dict, name + ".se_module", keep[j + 3], manager) : null);
  }

  private static FasConv[] gate(StateDict dict, String name, int channels, NDManager manager) {
    int reduced = channels / SE_REDUCTION;
    return new FasConv[] {
      FasConv.fold(dict, name + ".fc1", name + ".bn1", null,
          new FasConv.Spec(channels, reduced, 1, 1, false, false), manager),
      FasConv.fold(dict, name + ".fc2", name + ".bn2", null,
          new FasConv.Spec(reduced, channels, 1, 1, false, false), manager)};
  }

  @Override
  public NDArray apply(NDArray x) {
    NDArray y = project.apply(depthwise.apply(expand.apply(x)));
    if (se != null) {
      long n = y.getShape().get(0);
      long c = y.getShape().get(1);
      // global average pool (one axis: PyTorch's mean over several axes is not used here)
      NDArray pooled = y.reshape(n, c, -1).mean(new int[] {2}).reshape(n, c, 1, 1);
      NDArray weights = Activation.sigmoid(se[1].apply(Activation.relu(se[0].apply(pooled))));
      y = y.mul(weights);
    }
    return residual ? x.add(y) : y;
  }
}
