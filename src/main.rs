fn main() {
    exhibit::start();
}
