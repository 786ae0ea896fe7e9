package invalid.example.smherrors;

/** Run by LoaderTest in a JVM of its own, with a class path it chooses: prints what the package answers. */
public final class NoSdkMain {
    private NoSdkMain() {}

    /** Prints the origin of the library and three answers; exit 3 if the SDK is on the class path. */
    public static void main(String[] args) {
        System.out.println("origin=" + SmhNative.ORIGIN);
        System.out.println("message=" + SmhErrors.message("ResourceNotFound.Library", "en-US"));
        SmhException e = SmhErrors.parseResponse("{\"Response\":{\"Error\":{\"Code\":\"AuthFailure.TokenFailure\",\"Message\":\"m\"},\"RequestId\":\"r\"}}")
                .orElseThrow();
        System.out.println("class=" + e.getClass().getSimpleName());
        try {
            Class.forName("com.tencentcloudapi.common.exception.TencentCloudSDKException");
            System.exit(3);
        } catch (ClassNotFoundException expected) {
            System.out.println("sdk=absent");
        }
    }
}
