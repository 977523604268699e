fn main() {
    peer_compass::mount_all();
}
